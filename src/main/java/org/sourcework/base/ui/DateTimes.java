package org.sourcework.base.ui;

import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The one place that turns dates and times into text for a screen, so that every screen shows them
 * alike: in the browser's language (the UI's locale, which Vaadin takes from the browser's
 * Accept-Language) and the browser's time zone (Vaadin's extended client details, sent when the page
 * starts), for example "Dec 18, 2026, 3:18 PM" in the US and "18 Dec 2026, 15:18" in Britain. Without a
 * browser (a test, a background task) the server's zone is used. {@code ArchitectureTest} keeps other
 * screens from formatting dates themselves.
 */
public final class DateTimes {

    private final Locale locale;
    private final ZoneId zone;
    private final Clock clock;

    public DateTimes(Locale locale, ZoneId zone, Clock clock) {
        this.locale = locale;
        this.zone = zone;
        this.clock = clock;
    }

    /** For the current UI's browser; {@code clock} says what "today" is. */
    public static DateTimes forBrowser(Clock clock) {
        var ui = UI.getCurrent();
        var locale = ui == null || ui.getLocale() == null ? Locale.getDefault() : ui.getLocale();
        return new DateTimes(locale, ui == null ? ZoneId.systemDefault() : browserZone(ui), clock);
    }

    private static ZoneId browserZone(UI ui) {
        @Nullable String id = ui.getPage().getExtendedClientDetails().getTimeZoneId();
        if (id == null || id.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneId.systemDefault();
        }
    }

    /** The zone times are shown and entered in. */
    public ZoneId zone() {
        return zone;
    }

    /** "Dec 18, 2026, 3:18 PM". */
    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone)
                .format(instant);
    }

    /** "3:18 PM". */
    public String time(Instant instant) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(zone)
                .format(instant);
    }

    /** The time alone for today, otherwise the date and time. */
    public String when(Instant instant) {
        var today = clock.instant().atZone(zone).toLocalDate();
        return instant.atZone(zone).toLocalDate().equals(today) ? time(instant) : dateTime(instant);
    }

    /** A calendar date without a time, such as a document's date: "April 9, 1956". */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(date);
    }

    public Instant now() {
        return clock.instant();
    }
}
