package org.sourcework.lessons.ui;

import com.vaadin.flow.component.html.Article;
import java.util.List;
import org.sourcework.base.ui.Markup;

/**
 * The adapted version of one section: plain present-day English written by the lesson's authors,
 * clearly labelled "Adapted" so that it is never mistaken for the source. Its words are escaped markup
 * in one element, like the source text beside it ({@link Markup}).
 */
public class AdaptedText extends Article {

    public AdaptedText(List<String> paragraphs) {
        addClassName("adapted-text");
        var markup = new Markup()
                .element("span", getTranslation("reader.adapted.label"), "class", "adapted-label")
                .element("p", getTranslation("reader.adapted.note"), "class", "adapted-note");
        paragraphs.forEach(text -> markup.element("p", text, "class", "adapted-paragraph"));
        markup.into(this);
        getElement().setAttribute("aria-label", getTranslation("reader.adapted.region"));
    }
}
