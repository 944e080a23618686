package org.sourcework.lessons.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.Clock;
import java.util.List;
import org.sourcework.base.ui.DateTimes;
import org.sourcework.lessons.Headnote;
import org.sourcework.lessons.Inline;
import org.sourcework.lessons.LessonContent;

/** What a student reads before the source: who sent it, to whom, when, how secret, where it is printed, and why. */
public class HeadnoteCard extends Section {

    public HeadnoteCard(LessonContent content) {
        addClassName("headnote-card");
        var headnote = content.headnote();
        var heading = new H2(getTranslation("headnote.title"));
        heading.setId("headnote-heading");
        getElement().setAttribute("aria-labelledby", "headnote-heading");
        var facts = new DescriptionList();
        facts.addClassName("headnote-facts");
        fact(facts, "headnote.sender", headnote.sender());
        fact(facts, "headnote.recipient", headnote.recipient());
        fact(facts, "headnote.date", date(headnote));
        fact(facts, "headnote.classification", headnote.classification());
        fact(facts, "headnote.distribution", headnote.distribution());
        fact(facts, "headnote.citation", headnote.citation());
        var context = new Div();
        context.addClassName("headnote-context");
        var inlines = new InlineRenderer(content.glossary(), context);
        headnote.context().forEach(text -> {
            var paragraph = new Paragraph();
            inlines.render(List.of(new Inline.Text(text)), paragraph);
            context.add(paragraph);
        });
        inlines.joinTerms();
        addAttachListener(event -> InlineRenderer.moveBetweenTerms(this));
        add(heading, facts, context);
        if (!headnote.timeline().isEmpty()) {
            add(timeline(headnote));
        }
    }

    /** A list of dated events, so a student can place the source before reading it. */
    private Div timeline(Headnote headnote) {
        var box = new Div();
        box.addClassName("headnote-timeline");
        var heading = new H3(getTranslation("headnote.timeline"));
        heading.setId("headnote-timeline-heading");
        var list = new DescriptionList();
        list.getElement().setAttribute("aria-labelledby", "headnote-timeline-heading");
        headnote.timeline()
                .forEach(entry -> list.add(
                        new DescriptionList.Term(entry.when()), new DescriptionList.Description(entry.event())));
        box.add(heading, list);
        return box;
    }

    private void fact(DescriptionList facts, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new DescriptionList.Term(getTranslation(labelKey)), new DescriptionList.Description(value));
        }
    }

    private String date(Headnote headnote) {
        if (headnote.date() == null) {
            return headnote.dateNote();
        }
        var date = DateTimes.forBrowser(Clock.systemDefaultZone()).date(headnote.date());
        return headnote.dateNote() == null
                ? date
                : getTranslation("headnote.date-with-note", date, headnote.dateNote());
    }
}
