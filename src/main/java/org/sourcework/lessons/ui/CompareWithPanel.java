package org.sourcework.lessons.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import org.sourcework.lessons.RelatedSource;

/**
 * "Compare with": the other sources a lesson sets beside its document, each with its particulars,
 * the lesson's own sourcing note and a link to where it is published. The lesson holds none of
 * their text, so students read them where they are published.
 */
public class CompareWithPanel extends Section {

    public CompareWithPanel(List<RelatedSource> sources) {
        addClassName("compare-with");
        var heading = new H2(getTranslation("compare.heading"));
        heading.setId("compare-with-heading");
        getElement().setAttribute("aria-labelledby", "compare-with-heading");
        var intro = new Paragraph(getTranslation("compare.intro"));
        intro.addClassName("compare-intro");
        add(heading, intro);
        sources.forEach(source -> add(card(source)));
    }

    private Div card(RelatedSource source) {
        var title = new H3(source.title());
        title.addClassName("compare-title");
        var meta = new Paragraph(source.date() + " · " + source.author());
        meta.addClassName("compare-meta");
        var citation = new Paragraph(source.citation());
        citation.addClassName("compare-citation");
        var note = new Paragraph(source.note());
        note.addClassName("compare-note");
        var link = new CompareLink(source);
        var card = new Div(title, meta, citation, note, link);
        card.addClassName("compare-source");
        card.setId("compare-" + source.id());
        return card;
    }
}
