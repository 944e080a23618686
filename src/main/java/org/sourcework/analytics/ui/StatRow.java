package org.sourcework.analytics.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** A row of headline figures, each a big value over a short label. */
class StatRow extends Div {

    StatRow() {
        addClassNames("stat-row", "analytics-stats");
    }

    StatRow stat(String value, String label) {
        var big = new Span(value);
        big.addClassName("stat-value");
        var small = new Span(label);
        small.addClassName("stat-label");
        var stat = new Div(big, small);
        stat.addClassName("stat");
        add(stat);
        return this;
    }
}
