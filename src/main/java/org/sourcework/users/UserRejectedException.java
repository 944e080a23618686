package org.sourcework.users;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Input about an account that breaks a rule; the message is written for the person who typed it. */
public class UserRejectedException extends RuntimeException {

    private final @Nullable String field;

    public UserRejectedException(String message) {
        this(null, message);
    }

    /** {@code field}: the input at fault ({@code username}, {@code displayName}, {@code email}, {@code role}). */
    public UserRejectedException(@Nullable String field, String message) {
        super(message);
        this.field = field;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
