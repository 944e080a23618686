package org.sourcework.users;

import org.jspecify.annotations.Nullable;

/** A new account and, when Sourcework chose it, the temporary password: shown once, never stored in clear. */
public record CreatedUser(ManagedUser user, @Nullable String temporaryPassword) {}
