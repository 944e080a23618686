package org.sourcework.lessons.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import java.time.Clock;
import java.util.List;
import org.sourcework.base.ui.DateTimes;
import org.sourcework.base.ui.Markup;
import org.sourcework.lessons.Headnote;
import org.sourcework.lessons.Inline;
import org.sourcework.lessons.LessonContent;

/**
 * What a student reads before the source: who sent it, to whom, when, how secret, where it is
 * printed, and why. Set as one piece of markup (see {@link Markup}), with the glossary's
 * explanations beside it.
 */
public class HeadnoteCard extends Section {

    public HeadnoteCard(LessonContent content) {
        addClassName("headnote-card");
        var headnote = content.headnote();
        getElement().setAttribute("aria-labelledby", "headnote-heading");
        var markup = new Markup().element("h2", getTranslation("headnote.title"), "id", "headnote-heading");
        markup.open("dl", "class", "headnote-facts");
        fact(markup, "headnote.sender", headnote.sender());
        fact(markup, "headnote.recipient", headnote.recipient());
        fact(markup, "headnote.date", date(headnote));
        fact(markup, "headnote.classification", headnote.classification());
        fact(markup, "headnote.distribution", headnote.distribution());
        fact(markup, "headnote.citation", headnote.citation());
        markup.close("dl");
        var popovers = new Div();
        popovers.addClassName("glossary-popovers");
        var inlines = new InlineRenderer(content.glossary(), popovers);
        markup.open("div", "class", "headnote-context");
        headnote.context().forEach(text -> {
            markup.open("p");
            inlines.render(List.of(new Inline.Text(text)), markup);
            markup.close("p");
        });
        markup.close("div");
        if (!headnote.timeline().isEmpty()) {
            timeline(markup, headnote);
        }
        var card = new Div();
        card.addClassName("headnote-page");
        markup.into(card);
        inlines.explainTerms();
        addAttachListener(event -> InlineRenderer.moveBetweenTerms(this));
        add(card, popovers);
    }

    /** A list of dated events, so a student can place the source before reading it. */
    private void timeline(Markup markup, Headnote headnote) {
        markup.open("div", "class", "headnote-timeline")
                .element("h3", getTranslation("headnote.timeline"), "id", "headnote-timeline-heading")
                .open("dl", "aria-labelledby", "headnote-timeline-heading");
        headnote.timeline().forEach(entry -> markup.element("dt", entry.when()).element("dd", entry.event()));
        markup.close("dl").close("div");
    }

    private void fact(Markup markup, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            markup.element("dt", getTranslation(labelKey)).element("dd", value);
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
