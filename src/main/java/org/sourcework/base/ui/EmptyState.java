package org.sourcework.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** What a list shows when it has nothing in it: what this means and what to do next. */
public class EmptyState extends Div {

    public EmptyState(String title, String text, Component... actions) {
        addClassName("empty-state");
        add(new H2(title), new Paragraph(text));
        add(actions);
    }
}
