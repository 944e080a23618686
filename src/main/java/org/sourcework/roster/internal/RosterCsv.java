package org.sourcework.roster.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.sourcework.base.Message;
import org.sourcework.roster.RosterRejectedException;

/**
 * Reads a roster file: UTF-8 with or without a byte-order mark, comma or semicolon separated
 * (whichever the header line uses more of), fields optionally in double quotes. Commons CSV does
 * the parsing; this class only finds the columns and refuses files it cannot read.
 */
public final class RosterCsv {

    /** Files above this size are refused; a school's roster is far smaller. */
    public static final int MAX_BYTES = 1024 * 1024;

    private RosterCsv() {}

    /** A data row: its row number as a spreadsheet shows it (the header is row 1) and its values by column. */
    public record Line(int row, Map<ImportColumn, String> values) {

        public String get(ImportColumn column) {
            return values.getOrDefault(column, "");
        }
    }

    /** The data rows, and whether the file has a term column. */
    public record Content(List<Line> lines, boolean hasTermColumn) {}

    public static Content read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new RosterRejectedException(Message.of("import.file.too-large"));
        }
        var text = decode(bytes);
        if (text.isBlank()) {
            throw new RosterRejectedException(Message.of("import.file.empty"));
        }
        var firstLine = text.lines().findFirst().orElse("");
        var separator = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        var format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (var parser = format.parse(new StringReader(text))) {
            var records = parser.getRecords();
            var columns = columns(records.getFirst());
            var lines = new ArrayList<Line>();
            for (var record : records.subList(1, records.size())) {
                var values = new EnumMap<ImportColumn, String>(ImportColumn.class);
                columns.forEach((index, column) -> values.put(column, index < record.size() ? record.get(index) : ""));
                if (values.values().stream().anyMatch(value -> !value.isBlank())) {
                    lines.add(new Line(row(record), values));
                }
            }
            return new Content(lines, columns.containsValue(ImportColumn.TERM));
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new RosterRejectedException(Message.of("import.file.unreadable", e.getMessage()));
        }
    }

    private static Map<Integer, ImportColumn> columns(CSVRecord header) {
        var columns = new TreeMap<Integer, ImportColumn>();
        for (int i = 0; i < header.size(); i++) {
            var index = i;
            ImportColumn.forHeader(header.get(i)).ifPresent(column -> {
                if (columns.containsValue(column)) {
                    throw new RosterRejectedException(Message.of("import.file.column-twice", column.label()));
                }
                columns.put(index, column);
            });
        }
        for (var column : ImportColumn.values()) {
            if (column.required() && !columns.containsValue(column)) {
                throw new RosterRejectedException(
                        Message.of("import.file.column-missing", column.label(), String.join(", ", column.names())));
            }
        }
        return columns;
    }

    // the line the record starts on; header and data rows without line breaks inside quotes match a spreadsheet's rows
    private static int row(CSVRecord record) {
        return Math.toIntExact(record.getRecordNumber());
    }

    private static String decode(byte[] bytes) {
        var start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new RosterRejectedException(Message.of("import.file.not-utf8"));
        }
    }

    private static long count(String line, char c) {
        return line.chars().filter(ch -> ch == c).count();
    }
}
