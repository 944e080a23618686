package org.sourcework.lessons.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * The adapted version of one section: plain present-day English written by the lesson's authors,
 * clearly labelled "Adapted" so that it is never mistaken for the source. Set as text, never markup.
 */
public class AdaptedText extends Article {

    public AdaptedText(List<String> paragraphs) {
        addClassName("adapted-text");
        var label = new Span(getTranslation("reader.adapted.label"));
        label.addClassName("adapted-label");
        var note = new Paragraph(getTranslation("reader.adapted.note"));
        note.addClassName("adapted-note");
        add(label, note);
        paragraphs.forEach(text -> {
            var paragraph = new Paragraph(text);
            paragraph.addClassName("adapted-paragraph");
            add(paragraph);
        });
        getElement().setAttribute("aria-label", getTranslation("reader.adapted.region"));
    }
}
