package org.sourcework.roster;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.sourcework.base.CsvWriter;

/** What an import changed (accounts created and updated, classes, enrolments), and the temporary passwords of the accounts it created. */
public record ImportResult(
        long usersCreated,
        long usersUpdated,
        long classesCreated,
        long enrolled,
        long unchanged,
        long skipped,
        List<TemporaryPassword> passwords) {

    /** The temporary passwords as a CSV file for distribution (see {@link CsvWriter}). */
    public byte[] passwordsCsv() {
        var out = new ByteArrayOutputStream();
        var csv = CsvWriter.start(out, "username", "display name", "temporary password");
        for (var password : passwords) {
            csv.row(password.username(), password.displayName(), password.password());
        }
        csv.flush();
        return out.toByteArray();
    }
}
