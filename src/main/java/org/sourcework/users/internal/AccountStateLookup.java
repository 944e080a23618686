package org.sourcework.users.internal;

import java.util.Optional;
import org.sourcework.security.AccountState;
import org.sourcework.security.AccountStates;
import org.springframework.stereotype.Component;

/** Gives the security layer an account's current role, enabled flag and stamp for each request. */
@Component
class AccountStateLookup implements AccountStates {

    private final UserAccountRepository accounts;

    AccountStateLookup(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<AccountState> current(long userId) {
        return accounts.findStateById(userId);
    }
}
