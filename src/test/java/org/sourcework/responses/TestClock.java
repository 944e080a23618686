package org.sourcework.responses;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock the test sets. The demo school is seeded at {@link #START}, so History 11A is due 14 days later. */
final class TestClock extends Clock {

    static final Instant START = Instant.parse("2027-03-01T09:00:00Z");

    private volatile Instant now = START;

    void set(Instant instant) {
        now = instant;
    }

    void reset() {
        now = START;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Config {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
