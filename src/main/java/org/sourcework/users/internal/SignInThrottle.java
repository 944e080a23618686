package org.sourcework.users.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.sourcework.audit.AuditLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing with a growing wait per name and per address instead of a lock that
 * anyone could set off for a named teacher (docs/decisions/0006). A name that matches no account
 * gets exactly the same waits as a real one, so the sign-in page never reveals which names exist.
 * The per-name streaks live in the database, shared by every server.
 */
@Component
class SignInThrottle {

    static final FailureStreak.Policy PER_NAME =
            new FailureStreak.Policy(4, Duration.ofSeconds(15), Duration.ofMinutes(5), Duration.ofHours(1));

    private final UserAccountRepository accounts;
    private final UnknownNameSignInsRepository unknownNames;
    private final AddressSignIns addresses;
    private final AuditLog audit;
    private final Clock clock;

    SignInThrottle(
            UserAccountRepository accounts,
            UnknownNameSignInsRepository unknownNames,
            AddressSignIns addresses,
            AuditLog audit,
            Clock clock) {
        this.accounts = accounts;
        this.unknownNames = unknownNames;
        this.addresses = addresses;
        this.audit = audit;
        this.clock = clock;
    }

    /** How long a sign-in under this name from this address must still wait; zero when it may go ahead. */
    @Transactional(readOnly = true)
    public Duration waitBefore(String username, String address) {
        var now = clock.instant();
        var byName = accounts.findByUsername(username)
                .map(UserAccount::signInStreak)
                .or(() -> unknownNames
                        .findById(UnknownNameSignIns.bucketOf(username))
                        .map(UnknownNameSignIns::streak))
                .orElse(FailureStreak.NONE)
                .waitAt(now);
        var byAddress = addresses.waitAt(address, now);
        return byName.compareTo(byAddress) >= 0 ? byName : byAddress;
    }

    /**
     * Counts a failed sign-in and audits it (without the password, and without the name when it
     * names no account). Sign-in runs outside any transaction, so the count commits on its own.
     *
     * @return how long the next try must wait
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Duration failed(String username, String address) {
        var now = clock.instant();
        var account = accounts.lockByUsername(username);
        audit.recordFor(
                account.isPresent() ? username : "",
                "sign-in.failed",
                "user",
                account.map(a -> a.getId().toString()).orElse(null),
                account.isPresent() ? null : "unknown username");
        var byAddress = addresses.failed(address, now);
        FailureStreak streak;
        if (account.isPresent()) {
            streak = account.get().signInStreak().failedAt(now, PER_NAME);
            account.get().signInStreak(streak);
            if (streak.failures() == PER_NAME.free() + 1) {
                audit.recordFor(
                        username,
                        "sign-in.delayed",
                        "user",
                        account.get().getId().toString(),
                        streak.failures() + " failed sign-ins in a row; each further try must wait longer");
            }
        } else {
            streak = countUnknownName(username, now);
        }
        var byName = streak.waitAt(now);
        return byName.compareTo(byAddress) >= 0 ? byName : byAddress;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username) {
        accounts.findByUsername(username).ifPresent(account -> account.signedIn(clock.instant()));
    }

    private FailureStreak countUnknownName(String username, Instant now) {
        var bucket = UnknownNameSignIns.bucketOf(username);
        // insert-if-missing and then lock, so that two first failures at once cannot collide
        unknownNames.createIfMissing(bucket, now);
        var entry = unknownNames.lockBucket(bucket).orElseThrow();
        var streak = entry.streak().failedAt(now, PER_NAME);
        entry.streak(streak);
        return streak;
    }
}
