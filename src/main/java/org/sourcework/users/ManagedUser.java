package org.sourcework.users;

import org.sourcework.security.AppRole;

/** An account as the administrator's users view shows and edits it. */
public record ManagedUser(
        long id,
        int version,
        String username,
        String displayName,
        String email,
        AppRole role,
        boolean enabled,
        boolean locked,
        boolean mustChangePassword) {}
