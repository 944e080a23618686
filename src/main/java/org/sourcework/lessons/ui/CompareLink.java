package org.sourcework.lessons.ui;

import com.vaadin.flow.component.Component;
import org.sourcework.base.ui.Markup;
import org.sourcework.lessons.RelatedSource;

/** Opens a related source where it is published, in a new tab so the lesson stays open. */
public final class CompareLink {

    private CompareLink() {}

    /** @param words the component whose language the link is worded in */
    public static Markup of(RelatedSource source, Component words) {
        return new Markup()
                .element(
                        "a",
                        words.getTranslation("compare.open"),
                        "class",
                        "compare-link",
                        "href",
                        source.link(),
                        "target",
                        "_blank",
                        "rel",
                        "noopener noreferrer",
                        "aria-label",
                        words.getTranslation("compare.open.label", source.title()));
    }
}
