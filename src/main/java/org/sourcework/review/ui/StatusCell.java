package org.sourcework.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.sourcework.review.OverviewRow;

/**
 * Where a student is with the whole lesson, as text chips: the furthest step reached, and whether
 * the work is late or an answer is being revised. Each chip has its own colour and its own words.
 */
final class StatusCell extends Div {

    StatusCell(OverviewRow row) {
        addClassName("overview-status-cell");
        add(chip(
                "status-" + row.status().name().toLowerCase(Locale.ROOT),
                getTranslation("overview.status." + row.status().name())));
        if (row.progress().late()) {
            add(chip("status-late", getTranslation("overview.status.late")));
        }
        if (!row.revising().isEmpty()) {
            add(chip("status-revising", getTranslation("overview.status.revising")));
        }
    }

    private static Span chip(String className, String text) {
        var chip = new Span(text);
        chip.addClassName("overview-chip");
        chip.addClassName(className);
        return chip;
    }
}
