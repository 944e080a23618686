package org.sourcework.users.internal;

import java.time.Clock;
import org.sourcework.security.SignedInUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks up accounts for Spring Security's sign-in. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final Clock clock;

    AccountDetailsService(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var account = accounts.findByUsername(username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return new SignedInUser(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getRole(), account.isEnabled(), account.isLockedAt(clock.instant()),
                account.isMustChangePassword(), account.getPasswordHash(), account.getSecurityStamp());
    }
}
