package org.sourcework.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.sourcework.base.Message;
import org.sourcework.base.RejectedException;
import org.springframework.security.access.AccessDeniedException;

/** A service's {@link Message} or refusal in the words of the person's language. */
public final class MessageText {

    private MessageText() {}

    public static String of(Component where, Message message) {
        var arguments = message.arguments().stream()
                .map(argument -> argument instanceof Message inner ? of(where, inner) : argument)
                .toArray();
        return where.getTranslation(message.key(), arguments);
    }

    /** A refusal's message; for access refused, the same words the error handler uses. */
    public static String of(Component where, RuntimeException refusal) {
        return switch (refusal) {
            case RejectedException rejected -> of(where, rejected.message());
            case AccessDeniedException denied -> where.getTranslation("error.denied");
            default -> where.getTranslation("error.notification");
        };
    }

    /**
     * For code that is not a component itself, such as a saver, while a request of the page runs; with
     * no page (a unit test), the default wording.
     */
    public static String of(RuntimeException refusal) {
        var ui = UI.getCurrent();
        return ui != null ? of(ui, refusal) : String.valueOf(refusal.getMessage());
    }
}
