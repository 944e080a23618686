package org.sourcework.users;

import org.jspecify.annotations.Nullable;
import org.sourcework.base.Message;
import org.sourcework.security.AppRole;
import org.sourcework.security.CurrentUser;
import org.sourcework.users.internal.UserAccount;
import org.sourcework.users.internal.UserAccountRepository;

/** Keeps Sourcework administrable: nobody removes their own administrator rights, nor the last ones. */
final class AdministratorGuard {

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;

    AdministratorGuard(UserAccountRepository accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** {@code verb}: what is about to happen, the end of the message's key ("disable", "change-role"). */
    void checkMayLoseAdministrator(UserAccount account, String verb) {
        if (account.getId() == currentUser.id()) {
            throw new UserRejectedException(field(verb), Message.of("user.rejected.own-account." + verb));
        }
        if (account.getRole() == AppRole.ADMIN
                && account.isEnabled()
                && accounts.countByRoleAndEnabledTrue(AppRole.ADMIN) <= 1) {
            throw new UserRejectedException(
                    field(verb), Message.of("user.rejected.last-administrator." + verb, account.getUsername()));
        }
    }

    private static @Nullable String field(String verb) {
        return verb.equals("change-role") ? "role" : null;
    }
}
