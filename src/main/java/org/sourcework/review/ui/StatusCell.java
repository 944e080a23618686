package org.sourcework.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Locale;
import org.sourcework.review.OverviewRow;

/**
 * Where a student is with the whole lesson: how far they got (not started, in progress, submitted),
 * whether the work is late or an answer is being revised, and how many of their written answers the
 * instructor has reviewed, released and the student has read. One status word for the feedback
 * would claim "read" when one answer of nine was reviewed; the counts stay true.
 */
final class StatusCell extends Div {

    StatusCell(OverviewRow row) {
        addClassName("overview-status-cell");
        var step = row.progress().status().name();
        add(chip("status-" + step.toLowerCase(Locale.ROOT), getTranslation("overview.status." + step)));
        if (row.progress().late()) {
            add(chip("status-late", getTranslation("overview.status.late")));
        }
        if (!row.revising().isEmpty()) {
            add(chip("status-revising", getTranslation("overview.status.revising")));
        }
        var review = row.review();
        if (review.toReview() > 0) {
            var reviewed = new Span(getTranslation("overview.review.progress", review.reviewed(), review.toReview()));
            reviewed.addClassName("overview-review-progress-text");
            var bar = new ProgressBar(0, review.toReview(), review.reviewed());
            bar.addClassName("overview-review-bar");
            bar.getElement().setAttribute("aria-hidden", "true");
            var progress = new Div(reviewed, bar);
            progress.addClassName("overview-review-progress");
            add(progress);
            if (review.released() > 0) {
                var released = new Span(getTranslation("overview.review.released", review.released(), review.read()));
                released.addClassName("overview-review-released");
                add(released);
            }
        }
    }

    private static Span chip(String className, String text) {
        var chip = new Span(text);
        chip.addClassName("overview-chip");
        chip.addClassName(className);
        return chip;
    }
}
