package org.sourcework.lessons.ui;

import com.vaadin.flow.component.html.Section;
import java.util.List;
import org.sourcework.base.ui.Markup;
import org.sourcework.lessons.RelatedSource;

/**
 * "Compare with": the other sources a lesson sets beside its document, each with its particulars,
 * the lesson's own sourcing note and a link to where it is published. The lesson holds none of
 * their text, so students read them where they are published. One piece of markup.
 */
public class CompareWithPanel extends Section {

    public CompareWithPanel(List<RelatedSource> sources) {
        addClassName("compare-with");
        getElement().setAttribute("aria-labelledby", "compare-with-heading");
        var markup = new Markup()
                .element("h2", getTranslation("compare.heading"), "id", "compare-with-heading")
                .element("p", getTranslation("compare.intro"), "class", "compare-intro");
        sources.forEach(source -> markup.open("div", "class", "compare-source", "id", "compare-" + source.id())
                .element("h3", source.title(), "class", "compare-title")
                .element("p", source.date() + " · " + source.author(), "class", "compare-meta")
                .element("p", source.citation(), "class", "compare-citation")
                .element("p", source.note(), "class", "compare-note")
                .add(CompareLink.of(source, this))
                .close("div"));
        markup.into(this);
    }
}
