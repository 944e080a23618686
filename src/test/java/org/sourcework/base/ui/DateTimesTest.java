package org.sourcework.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateTimesTest {

    private static final Instant AFTERNOON = Instant.parse("2026-12-18T15:18:00Z");
    private static final Clock MORNING_OF_THE_19TH = Clock.fixed(Instant.parse("2026-12-19T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void a_date_and_time_follow_the_browsers_language() {
        assertThat(new DateTimes(Locale.US, ZoneOffset.UTC, MORNING_OF_THE_19TH).dateTime(AFTERNOON))
                .isEqualTo("Dec 18, 2026, 3:18\u202fPM");
        assertThat(new DateTimes(Locale.UK, ZoneOffset.UTC, MORNING_OF_THE_19TH).dateTime(AFTERNOON))
                .isEqualTo("18 Dec 2026, 15:18");
    }

    @Test
    void times_are_shown_in_the_browsers_time_zone() {
        var newYork = new DateTimes(Locale.US, ZoneId.of("America/New_York"), MORNING_OF_THE_19TH);

        assertThat(newYork.dateTime(AFTERNOON)).isEqualTo("Dec 18, 2026, 10:18\u202fAM");
    }

    @Test
    void today_shows_only_the_time_and_other_days_the_date_too() {
        var dates = new DateTimes(Locale.UK, ZoneOffset.UTC, MORNING_OF_THE_19TH);

        assertThat(dates.when(Instant.parse("2026-12-19T08:30:00Z"))).isEqualTo("08:30");
        assertThat(dates.when(AFTERNOON)).isEqualTo("18 Dec 2026, 15:18");
    }

    @Test
    void a_documents_date_is_written_out() {
        assertThat(new DateTimes(Locale.US, ZoneOffset.UTC, MORNING_OF_THE_19TH).date(LocalDate.of(1956, 4, 9)))
                .isEqualTo("April 9, 1956");
        assertThat(new DateTimes(Locale.UK, ZoneOffset.UTC, MORNING_OF_THE_19TH).date(LocalDate.of(1956, 4, 9)))
                .isEqualTo("9 April 1956");
    }
}
