package org.sourcework.review.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;

/**
 * A section's column header: its name, a link to review its first question across the class, and
 * the class-wide totals of answers and feedback in it (who has read it shows in the cells).
 */
final class SectionHeader extends Div {

    SectionHeader(long assignmentId, SectionColumn column, int students) {
        addClassName("overview-section-header");
        var link = new Anchor(column.reviewHref(assignmentId), column.label());
        link.addClassName("overview-section-header-link");
        link.getElement().setAttribute("aria-label", getTranslation("overview.section.review", column.label()));
        var answers = new Span(getTranslation(
                "overview.section.answers",
                column.answered(),
                (long) students * column.questionIds().size()));
        answers.addClassName("overview-section-header-count");
        add(link, answers);
        var feedback = new ArrayList<String>();
        if (column.released() > 0) {
            feedback.add(getTranslation("overview.section.released", column.released()));
        }
        if (column.drafted() > 0) {
            feedback.add(getTranslation("overview.section.drafted", column.drafted()));
        }
        if (!feedback.isEmpty()) {
            var given = new Span(String.join(" · ", feedback));
            given.addClassName("overview-section-header-feedback");
            add(given);
        }
    }
}
