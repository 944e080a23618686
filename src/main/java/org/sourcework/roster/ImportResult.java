package org.sourcework.roster;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.sourcework.base.CsvWriter;
import org.sourcework.base.Message;

/** What an import changed (accounts created and updated, classes, enrolments), and the temporary passwords of the accounts it created. */
public record ImportResult(
        long usersCreated,
        long usersUpdated,
        long classesCreated,
        long enrolled,
        long unchanged,
        long skipped,
        List<TemporaryPassword> passwords) {

    /**
     * The temporary passwords as a CSV file for distribution (see {@link CsvWriter}), the header in the
     * language of the person who downloads it.
     */
    public byte[] passwordsCsv(Locale locale) {
        var out = new ByteArrayOutputStream();
        var header = Stream.of("username", "display-name", "temporary-password")
                .map(column -> Message.of("import.passwords.col." + column).in(locale))
                .toArray(String[]::new);
        var csv = CsvWriter.start(out, header);
        for (var password : passwords) {
            csv.row(password.username(), password.displayName(), password.password());
        }
        csv.flush();
        return out.toByteArray();
    }
}
