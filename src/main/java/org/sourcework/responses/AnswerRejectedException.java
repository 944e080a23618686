package org.sourcework.responses;

/** An answer or a step that breaks a rule; the message is written for the person who tried it. */
public class AnswerRejectedException extends RuntimeException {

    public AnswerRejectedException(String message) {
        super(message);
    }
}
