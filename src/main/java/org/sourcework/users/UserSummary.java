package org.sourcework.users;

import org.sourcework.security.AppRole;

/** What other features may know about an account. */
public record UserSummary(long id, String username, String displayName, String email, AppRole role, boolean enabled) {}
