package org.sourcework.users.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailureStreakTest {

    private static final Instant NOON = Instant.parse("2027-03-01T12:00:00Z");

    @Test
    void four_failures_are_free_then_the_wait_doubles_from_fifteen_seconds_up_to_five_minutes() {
        var policy = SignInThrottle.PER_NAME;

        assertThat(policy.delayAfter(4)).isZero();
        assertThat(policy.delayAfter(5)).hasSeconds(15);
        assertThat(policy.delayAfter(6)).hasSeconds(30);
        assertThat(policy.delayAfter(9)).hasSeconds(240);
        assertThat(policy.delayAfter(10)).hasMinutes(5);
        assertThat(policy.delayAfter(1000)).hasMinutes(5);
    }

    @Test
    void the_wait_runs_out_by_itself() {
        var streak = failures(5, NOON);

        assertThat(streak.waitAt(NOON)).hasSeconds(15);
        assertThat(streak.waitAt(NOON.plusSeconds(14))).hasSeconds(1);
        assertThat(streak.waitingAt(NOON.plusSeconds(15))).isFalse();
    }

    @Test
    void an_hour_without_failures_forgets_the_earlier_ones() {
        var streak = failures(4, NOON);

        assertThat(streak.failedAt(NOON.plus(Duration.ofMinutes(59)), SignInThrottle.PER_NAME)
                        .failures())
                .isEqualTo(5);
        assertThat(streak.failedAt(NOON.plus(Duration.ofMinutes(61)), SignInThrottle.PER_NAME)
                        .failures())
                .isEqualTo(1);
    }

    @Test
    void an_address_gets_thirty_free_failures_and_never_waits_more_than_a_minute() {
        var policy = AddressSignIns.POLICY;

        assertThat(policy.delayAfter(30)).isZero();
        assertThat(policy.delayAfter(31)).hasSeconds(1);
        assertThat(policy.delayAfter(500)).hasMinutes(1);
    }

    private static FailureStreak failures(int count, Instant at) {
        var streak = FailureStreak.NONE;
        for (int i = 0; i < count; i++) {
            streak = streak.failedAt(at, SignInThrottle.PER_NAME);
        }
        return streak;
    }
}
