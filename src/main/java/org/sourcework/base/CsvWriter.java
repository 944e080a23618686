package org.sourcework.base;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.jspecify.annotations.Nullable;

/**
 * The one way Sourcework writes a CSV file for people to open in a spreadsheet. Every download goes
 * through it, because what is in these files (names, answers, comments) was typed by someone else:
 * <ul>
 * <li>a cell starting with = + - @, a tab, a carriage return or a null character gets a leading
 * apostrophe, so a spreadsheet shows it as text and never runs it as a formula (OWASP's advice on CSV
 * injection);</li>
 * <li>every cell is in double quotes, so a spreadsheet that splits lines on semicolons (as in many
 * European locales) cannot start a new cell in the middle of someone's text, where the check above
 * would not see it;</li>
 * <li>UTF-8 with a byte-order mark, so spreadsheets read accented and non-Latin names correctly.</li>
 * </ul>
 * The caller owns the stream and closes it; {@link #flush()} pushes out what was written.
 */
public final class CsvWriter {

    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL).get();
    private static final String FORMULA_STARTS = "=+-@\t\r\0";

    private final CSVPrinter printer;

    private CsvWriter(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts a file on {@code out}: the byte-order mark, then the header row. */
    public static CsvWriter start(OutputStream out, String... header) {
        try {
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            var csv = new CsvWriter(new CSVPrinter(writer, FORMAT));
            csv.row((Object[]) header);
            return csv;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row; a missing value is an empty cell, anything else is written as its text. */
    public void row(@Nullable Object... cells) {
        try {
            printer.printRecord(Arrays.stream(cells).map(cell -> cell == null ? "" : plainText(cell.toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell as a spreadsheet will show it as text: a leading apostrophe before anything it would run. */
    static String plainText(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
