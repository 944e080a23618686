package org.sourcework.security;

import java.util.Optional;

/** Looks up an account's current state; the users feature implements it, so security imports no feature. */
public interface AccountStates {

    /** Empty when the account no longer exists. One small query by primary key: it runs on every request. */
    Optional<AccountState> current(long userId);
}
