package org.sourcework.security;

import java.util.Optional;

/** What an account may do now, as the database says: read on every request of an open session. */
public record AccountState(AppRole role, boolean enabled, int securityStamp) {

    /** How the account differs from what {@code session} signed in with, if it does. */
    public Optional<AccountChange> changeSince(SignedInUser session) {
        if (!enabled) {
            return Optional.of(AccountChange.DISABLED);
        }
        if (role != session.role() || securityStamp != session.securityStamp()) {
            return Optional.of(AccountChange.CHANGED);
        }
        return Optional.empty();
    }
}
