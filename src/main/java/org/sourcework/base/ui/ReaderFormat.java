package org.sourcework.base.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.time.Instant;

/** Dates and times as the reader, home and review screens show them, in the one format of {@link DateTimes}. */
public final class ReaderFormat {

    private final DateTimes dates;

    public ReaderFormat(Component screen, Clock clock) {
        this.dates = DateTimes.forBrowser(clock);
    }

    public String dateTime(Instant instant) {
        return dates.dateTime(instant);
    }

    public String time(Instant instant) {
        return dates.time(instant);
    }

    /** The time alone for today, otherwise the date and time. */
    public String when(Instant instant) {
        return dates.when(instant);
    }

    public Instant now() {
        return dates.now();
    }
}
