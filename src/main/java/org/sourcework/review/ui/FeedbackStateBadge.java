package org.sourcework.review.ui;

import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import org.sourcework.review.GivenFeedback;

/** Where the feedback on an answer stands: none yet, a draft, released and not read yet, or read. */
final class FeedbackStateBadge extends Span {

    FeedbackStateBadge() {
        addClassName("feedback-state");
    }

    void setFeedbackState(@Nullable GivenFeedback given, boolean handedIn) {
        String state;
        if (!handedIn) {
            state = "waiting";
        } else if (given == null) {
            state = "none";
        } else if (!given.released()) {
            state = "draft";
        } else {
            state = given.read() ? "read" : "unread";
        }
        setText(getTranslation("review.state." + state));
        getElement().setAttribute("data-state", state);
    }
}
