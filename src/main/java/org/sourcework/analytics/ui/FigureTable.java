package org.sourcework.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.Span;

/** A plain table of figures: a caption, column headers, and rows each led by a row header. */
class FigureTable extends NativeTable {

    FigureTable(String caption, String... columns) {
        addClassName("figure-table");
        setCaptionText(caption);
        var head = getHead().addRow();
        for (var column : columns) {
            var cell = new NativeTableHeaderCell(column);
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
    }

    /** A row: its header, then one cell per further column, each a text or a component. */
    void addRow(Component header, Object... cells) {
        var row = getBody().addRow();
        var th = new NativeTableHeaderCell(header);
        th.getElement().setAttribute("scope", "row");
        row.add(th);
        for (var cell : cells) {
            row.add(
                    cell instanceof Component component
                            ? new NativeTableCell(component)
                            : new NativeTableCell(String.valueOf(cell)));
        }
    }

    void addRow(String header, Object... cells) {
        addRow(new Span(header), cells);
    }
}
