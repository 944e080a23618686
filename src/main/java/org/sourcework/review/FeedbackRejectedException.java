package org.sourcework.review;

import org.sourcework.base.Message;
import org.sourcework.base.RejectedException;

/** Feedback or a review step that breaks a rule; the message is for the instructor who tried it. */
public class FeedbackRejectedException extends RejectedException {

    /** The part of the feedback the rule is about, so a screen can show the message beside it. */
    public enum Field {
        COMMENT,
        LEVELS,
        SCORE,
        REASON,
        SENTENCE,
        /** The feedback as a whole, or something other than feedback (the comment bank, a release). */
        GENERAL
    }

    private final Field field;

    public FeedbackRejectedException(Message message) {
        this(message, Field.GENERAL);
    }

    public FeedbackRejectedException(Message message, Field field) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
