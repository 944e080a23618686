package org.sourcework.users.internal;

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
        return new SignedInUser(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getRole(),
                account.isEnabled(),
                false,
                account.isMustChangePassword(),
                account.getPasswordHash(),
                account.getSecurityStamp());
    }
}
