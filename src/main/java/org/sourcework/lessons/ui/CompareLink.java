package org.sourcework.lessons.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import org.sourcework.lessons.RelatedSource;

/** Opens a related source where it is published, in a new tab so the lesson stays open. */
public class CompareLink extends Anchor {

    public CompareLink(RelatedSource source) {
        super(source.link(), "", AnchorTarget.BLANK);
        setText(getTranslation("compare.open"));
        getElement().setAttribute("rel", "noopener noreferrer");
        getElement().setAttribute("aria-label", getTranslation("compare.open.label", source.title()));
        addClassName("compare-link");
    }
}
