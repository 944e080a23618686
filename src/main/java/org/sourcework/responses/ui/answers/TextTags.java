package org.sourcework.responses.ui.answers;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;

/** HTML elements for text that Vaadin has no component for: quotations, inserted and deleted words. */
public final class TextTags {

    private TextTags() {}

    @Tag("blockquote")
    public static final class Quote extends HtmlContainer {

        public Quote(Component... components) {
            super(components);
        }
    }

    @Tag("ins")
    public static final class Inserted extends HtmlContainer {

        Inserted(Component... components) {
            super(components);
        }
    }

    @Tag("del")
    public static final class Deleted extends HtmlContainer {

        Deleted(Component... components) {
            super(components);
        }
    }
}
