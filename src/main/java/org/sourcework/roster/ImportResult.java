package org.sourcework.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;

/** What an import changed, and the temporary passwords of the accounts it created. */
public record ImportResult(long usersCreated, long classesCreated, long enrolled, long unchanged, long skipped,
        List<TemporaryPassword> passwords) {

    /** The temporary passwords as a UTF-8 CSV file for distribution. */
    public byte[] passwordsCsv() {
        var out = new ByteArrayOutputStream();
        try (var printer = CSVFormat.DEFAULT.builder().setHeader("username", "display name", "temporary password")
                .get().print(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            for (var password : passwords) {
                printer.printRecord(password.username(), password.displayName(), password.password());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
