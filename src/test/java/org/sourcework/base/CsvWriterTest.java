package org.sourcework.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a spreadsheet would see in a file written by {@link CsvWriter}. */
class CsvWriterTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static byte[] written(Object... cells) {
        var out = new ByteArrayOutputStream();
        var csv = CsvWriter.start(out, "name", "note");
        csv.row(cells);
        csv.flush();
        return out.toByteArray();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, BOM.length, bytes.length - BOM.length, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=HYPERLINK(\"http://x.example\",\"pw\")",
                "+1+2",
                "-2+3",
                "@SUM(1+1)",
                "\t=1+1",
                "\r=1+1",
                "\0=1+1"
            })
    void a_cell_a_spreadsheet_would_run_as_a_formula_is_written_as_text(String cell) {
        var lines = text(written(cell, "x")).split("\r\n", 2);

        assertThat(lines[1]).startsWith("\"'" + cell.replace("\"", "\"\"") + "\",");
    }

    @Test
    void ordinary_text_and_formula_characters_inside_a_cell_are_left_as_they_are() {
        assertThat(text(written("2 + 2 = 4", "Zoë Adams-Smith"))).endsWith("\"2 + 2 = 4\",\"Zoë Adams-Smith\"\r\n");
    }

    @Test
    void every_cell_is_quoted_so_a_semicolon_cannot_start_a_new_cell() {
        assertThat(text(written("Ann;=HYPERLINK(\"http://x.example\")", "b")))
                .endsWith("\"Ann;=HYPERLINK(\"\"http://x.example\"\")\",\"b\"\r\n");
    }

    @Test
    void the_file_is_utf8_with_a_byte_order_mark_and_starts_with_its_header() {
        var bytes = written(null, 3);

        assertThat(bytes).startsWith(BOM);
        assertThat(text(bytes)).isEqualTo("\"name\",\"note\"\r\n\"\",\"3\"\r\n");
    }
}
