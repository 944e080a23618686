package org.sourcework.responses;

import org.sourcework.base.Message;
import org.sourcework.base.RejectedException;

/** An answer or a step that breaks a rule; the message is for the person who tried it. */
public class AnswerRejectedException extends RejectedException {

    public AnswerRejectedException(Message message) {
        super(message);
    }
}
