package org.sourcework.users.internal;

import org.jspecify.annotations.Nullable;
import org.sourcework.security.SignedInUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks up accounts for Spring Security's sign-in. Failed sign-ins slow down the next try in
 * {@link ThrottledSignIn}, before this is asked, so the account itself is never "locked" here.
 */
@Service
class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    AccountDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var account = accounts.findByUsername(username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return principal(account, account.isMustChangePassword(), account.getPasswordHash());
    }

    /**
     * The session's principal for this account: the same for a password sign-in and a school sign-in, so an
     * administrator's change to the account reaches both (docs/decisions/0008).
     */
    static SignedInUser principal(UserAccount account, boolean mustChangePassword, @Nullable String passwordHash) {
        return new SignedInUser(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getRole(),
                account.isEnabled(),
                false,
                mustChangePassword,
                passwordHash,
                account.getSecurityStamp());
    }
}
