package org.sourcework.base.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as the reader and the home view show them, such as "12 Dec 2026, 09:00" and "10:42". */
public final class ReaderFormat {

    private final Component translator;
    private final Clock clock;
    private final ZoneId zone;
    private final Locale locale;

    public ReaderFormat(Component translator, Clock clock) {
        this.translator = translator;
        this.clock = clock;
        this.zone = ZoneId.systemDefault();
        var ui = com.vaadin.flow.component.UI.getCurrent();
        this.locale = ui == null || ui.getLocale() == null ? Locale.ENGLISH : ui.getLocale();
    }

    public String dateTime(Instant instant) {
        return pattern("reader.format.date-time").format(instant);
    }

    public String time(Instant instant) {
        return pattern("reader.format.time").format(instant);
    }

    /** "10:42" for today, otherwise "3 Dec, 10:42". */
    public String when(Instant instant) {
        var today = clock.instant().atZone(zone).toLocalDate();
        return instant.atZone(zone).toLocalDate().equals(today) ? time(instant)
                : pattern("reader.format.day-time").format(instant);
    }

    public Instant now() {
        return clock.instant();
    }

    private DateTimeFormatter pattern(String key) {
        return DateTimeFormatter.ofPattern(translator.getTranslation(key), locale).withZone(zone);
    }
}
