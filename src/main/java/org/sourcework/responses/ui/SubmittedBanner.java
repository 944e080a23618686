package org.sourcework.responses.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;

/**
 * "Submitted on 12 Dec 2026, 09:00 (late)": the answers are read-only now, except those the
 * instructor asked to revise, which are listed with a link to each.
 */
final class SubmittedBanner extends Div {

    SubmittedBanner(ReaderContext context) {
        addClassName("submitted-banner");
        getElement().setAttribute("role", "status");
        var work = context.lesson().work();
        var when = work.submittedAt() == null ? "" : context.format().dateTime(work.submittedAt());
        var headline = new Span(getTranslation(work.late() ? "reader.submitted.late" : "reader.submitted.on", when));
        headline.addClassName("submitted-headline");
        add(headline);
        var revisions = context.revisions();
        if (revisions.isEmpty()) {
            add(new Paragraph(getTranslation("reader.submitted.read-only")));
            return;
        }
        addClassName("with-revisions");
        add(new Paragraph(getTranslation("reader.submitted.revisions", revisions.size())));
        var list = new UnorderedList();
        list.addClassName("revision-list");
        var all = context.content().questions();
        var pages = context.pages();
        for (var question : revisions) {
            var link = new RouterLink(
                    getTranslation(
                            "reader.submitted.revision-link",
                            all.indexOf(question) + 1,
                            pages.label(question.sectionId(), getTranslation("reader.headnote-page"))),
                    ReaderView.class,
                    ReaderView.parameters(context.assignmentId(), question.sectionId()));
            list.add(new ListItem(link));
        }
        add(list);
    }
}
