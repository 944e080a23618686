package org.sourcework.users;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.Message;
import org.sourcework.base.RejectedException;

/** Input about an account that breaks a rule; the message is for the person who typed it. */
public class UserRejectedException extends RejectedException {

    private final @Nullable String field;

    public UserRejectedException(Message message) {
        this(null, message);
    }

    /** {@code field}: the input at fault ({@code username}, {@code displayName}, {@code email}, {@code role}). */
    public UserRejectedException(@Nullable String field, Message message) {
        super(message);
        this.field = field;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
