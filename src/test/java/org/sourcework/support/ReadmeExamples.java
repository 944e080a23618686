package org.sourcework.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Examples read from README.md itself, so that tests of them break when the README changes them. */
public final class ReadmeExamples {

    private ReadmeExamples() {}

    /** The csv block of the README's "Import roster" item, without the list item's indentation. */
    public static byte[] rosterCsv() {
        String readme;
        try {
            readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var item = readme.indexOf("**Import roster**");
        var start = item < 0 ? -1 : readme.indexOf("```csv\n", item);
        if (start < 0) {
            throw new IllegalStateException("README.md has no csv example under **Import roster**");
        }
        start += "```csv\n".length();
        var end = readme.indexOf("```", start);
        return readme.substring(start, end)
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .collect(Collectors.joining("\n", "", "\n"))
                .getBytes(StandardCharsets.UTF_8);
    }
}
