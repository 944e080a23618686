package org.sourcework.users;

import org.jspecify.annotations.Nullable;
import org.sourcework.security.AppRole;

/** The users view's search: text in name, username or email; a role; enabled or not. Null matches all. */
public record UserFilter(
        @Nullable String text,
        @Nullable AppRole role,
        @Nullable Boolean enabled) {

    public static UserFilter all() {
        return new UserFilter(null, null, null);
    }
}
