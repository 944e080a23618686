package org.sourcework.users.internal;

import java.time.Clock;
import java.time.Duration;
import org.sourcework.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: {@value #LIMIT} failed sign-ins in a row lock an account for
 * {@value #LOCK_MINUTES} minutes. While locked, sign-in is refused before the password is checked
 * ({@code SignedInUser.isAccountNonLocked}), so guesses during the lock do not count or help.
 */
@Component
class SignInAttempts {

    static final int LIMIT = 5;
    static final int LOCK_MINUTES = 15;

    private final UserAccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;

    SignInAttempts(UserAccountRepository accounts, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    // sign-in runs outside any transaction; the count and its audit entry commit together
    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        var username = event.getAuthentication().getName() == null ? "" : event.getAuthentication().getName().strip();
        var account = accounts.findByUsername(username);
        // an unknown name is not kept: people sometimes type their password into the username field
        audit.recordFor(account.isPresent() ? username : "", "sign-in.failed", "user",
                account.map(a -> a.getId().toString()).orElse(null), account.isPresent() ? null : "unknown username");
        account.ifPresent(found -> {
            if (found.signInFailed(clock.instant(), LIMIT, Duration.ofMinutes(LOCK_MINUTES))) {
                audit.recordFor(username, "sign-in.locked", "user", found.getId().toString(),
                        LIMIT + " failed sign-ins in a row; locked for " + LOCK_MINUTES + " minutes");
            }
        });
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(AuthenticationSuccessEvent event) {
        accounts.findByUsername(event.getAuthentication().getName()).ifPresent(account -> account.signedIn(clock.instant()));
    }
}
