package org.sourcework.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Objects;
import org.sourcework.review.GivenFeedback;
import org.sourcework.review.OverviewRow;

/**
 * One student's state in one section: answered out of asked, and a marker for the furthest step of
 * the section's feedback. The short visible text is spelled out for screen readers.
 */
final class SectionCell extends Div {

    SectionCell(SectionColumn column, OverviewRow row) {
        addClassName("overview-section-cell");
        var questions = column.questionIds();
        long answered = questions.stream()
                .filter(row.progress().answeredQuestionIds()::contains)
                .count();
        var given = questions.stream()
                .map(row.feedback()::get)
                .filter(Objects::nonNull)
                .toList();
        long drafted = given.stream().filter(f -> !f.released()).count();
        long read = given.stream().filter(GivenFeedback::read).count();
        long unread = given.size() - drafted - read;
        long revising = questions.stream().filter(row.revising()::contains).count();

        var count = new Span(getTranslation("overview.cell.count", answered, questions.size()));
        count.addClassName("overview-section-count");
        count.addClassName(answered == 0 ? "none" : answered == questions.size() ? "complete" : "partial");
        var visible = new Div(count);
        visible.addClassName("overview-section-cell-visible");
        visible.getElement().setAttribute("aria-hidden", "true");
        // the step that most needs the instructor's eye: a revision underway, then drafts, then unread
        var marker =
                revising > 0 ? "revising" : drafted > 0 ? "drafted" : unread > 0 ? "unread" : read > 0 ? "read" : null;
        if (marker != null) {
            var chip = new Span(getTranslation("overview.marker." + marker));
            chip.addClassName("overview-chip");
            chip.addClassName("chip-" + marker);
            visible.add(chip);
        }
        var spoken = new Span(spoken(column, answered, questions.size(), drafted, unread, read, revising));
        spoken.addClassName("sr-only");
        add(visible, spoken);
    }

    private String spoken(
            SectionColumn column, long answered, int asked, long drafted, long unread, long read, long revising) {
        var parts = new ArrayList<String>();
        parts.add(getTranslation("overview.cell.spoken", column.label(), answered, asked));
        if (drafted > 0) {
            parts.add(getTranslation("overview.cell.drafted", drafted));
        }
        if (unread > 0) {
            parts.add(getTranslation("overview.cell.unread", unread));
        }
        if (read > 0) {
            parts.add(getTranslation("overview.cell.read", read));
        }
        if (revising > 0) {
            parts.add(getTranslation("overview.cell.revising", revising));
        }
        return String.join(", ", parts) + ".";
    }
}
