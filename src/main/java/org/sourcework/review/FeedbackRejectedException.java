package org.sourcework.review;

/** Feedback or a review step that breaks a rule; the message is written for the instructor who tried it. */
public class FeedbackRejectedException extends RuntimeException {

    public FeedbackRejectedException(String message) {
        super(message);
    }
}
