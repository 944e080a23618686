package org.sourcework.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * Horizontal bars in a table: one row per option, sentence or level, its label in the row header,
 * and in the second cell a bar (hidden from screen readers) beside the count and percentage as
 * text, so the numbers are there for everyone.
 */
class BarTable extends FigureTable {

    BarTable(String caption, String labelColumn, String valueColumn) {
        super(caption, labelColumn, valueColumn);
        addClassName("bar-table");
    }

    /**
     * @param whole     what the percentage is of (the students who answered)
     * @param highlight a right answer: drawn in the success colour; the label says so in words
     */
    void addBar(Component label, long count, long whole, boolean highlight) {
        var percent = whole == 0 ? 0 : Math.round(count * 100.0 / whole);
        var fill = new Div();
        fill.addClassName("bar-fill");
        fill.getStyle().setWidth(Math.min(percent, 100) + "%");
        var track = new Div(fill);
        track.addClassName("bar-track");
        track.getElement().setAttribute("aria-hidden", "true");
        var value = new Span(getTranslation("analytics.count-share", count, percent));
        value.addClassName("bar-value");
        var cell = new Div(track, value);
        cell.addClassName("bar-cell");
        if (highlight) {
            cell.addClassName("bar-right");
        }
        addRow(label, cell);
    }
}
