package org.sourcework.users.internal;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Failed sign-ins in a row under one name or from one address, and the time before which the next
 * try is refused. A success or an administrator's unlock ends the streak; so does a quiet spell.
 */
record FailureStreak(
        int failures,
        @Nullable Instant lastFailedAt,
        @Nullable Instant retryAt) {

    static final FailureStreak NONE = new FailureStreak(0, null, null);

    /** How long the next try must still wait at {@code now}; zero when it may go ahead. */
    Duration waitAt(Instant now) {
        return retryAt != null && retryAt.isAfter(now) ? Duration.between(now, retryAt) : Duration.ZERO;
    }

    boolean waitingAt(Instant now) {
        return waitAt(now).isPositive();
    }

    /** The streak after one more failure at {@code now}, with the wait the policy sets for it. */
    FailureStreak failedAt(Instant now, Policy policy) {
        var quiet =
                lastFailedAt == null || lastFailedAt.plus(policy.forgetAfter()).isBefore(now);
        var count = quiet ? 1 : failures + 1;
        var delay = policy.delayAfter(count);
        return new FailureStreak(count, now, delay.isZero() ? null : now.plus(delay));
    }

    /**
     * The first {@code free} failures cost nothing (people mistype); each one after that doubles the
     * wait from {@code first} up to {@code longest}. Failures are forgotten after {@code forgetAfter}
     * without one.
     */
    record Policy(int free, Duration first, Duration longest, Duration forgetAfter) {

        Duration delayAfter(int failures) {
            if (failures <= free) {
                return Duration.ZERO;
            }
            var doublings = Math.min(failures - free - 1, 20);
            var delay = first.multipliedBy(1L << doublings);
            return delay.compareTo(longest) > 0 ? longest : delay;
        }
    }
}
