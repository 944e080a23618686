package org.sourcework.users.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per network address, which slows down one machine guessing many accounts. Held in
 * this server's memory only: with several servers behind a load balancer each counts its own share,
 * which still slows a guesser down and never locks anyone out for long. A whole school may share
 * one address, so many failures are free and the wait stays short.
 */
@Component
class AddressSignIns {

    static final FailureStreak.Policy POLICY =
            new FailureStreak.Policy(30, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofMinutes(15));

    /** Beyond this many addresses, the quiet ones are forgotten, so a flood of addresses cannot fill memory. */
    private static final int MAX_ADDRESSES = 10_000;

    private final ConcurrentHashMap<String, FailureStreak> streaks = new ConcurrentHashMap<>();

    Duration waitAt(String address, Instant now) {
        return streaks.getOrDefault(address, FailureStreak.NONE).waitAt(now);
    }

    Duration failed(String address, Instant now) {
        if (streaks.size() >= MAX_ADDRESSES) {
            streaks.values()
                    .removeIf(streak -> !streak.waitingAt(now)
                            && streak.lastFailedAt().plus(POLICY.forgetAfter()).isBefore(now));
        }
        return streaks.compute(
                        address, (key, streak) -> (streak == null ? FailureStreak.NONE : streak).failedAt(now, POLICY))
                .waitAt(now);
    }
}
