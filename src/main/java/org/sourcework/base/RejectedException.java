package org.sourcework.base;

/**
 * A request that breaks a rule, with what to tell the person as a {@link Message}: screens show it
 * in the person's language ({@code base.ui.MessageText}); {@link #getMessage()} is the default
 * wording, for the log.
 */
public abstract class RejectedException extends RuntimeException {

    private final Message message;

    protected RejectedException(Message message) {
        super(message.key());
        this.message = message;
    }

    public Message message() {
        return message;
    }

    @Override
    public String getMessage() {
        return message.inDefaultLanguage();
    }
}
