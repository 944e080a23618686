package org.sourcework.lessons.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/** Reads lesson folders of the test resources (or the real lessons) as the loader does. */
final class LessonFixtures {

    private LessonFixtures() {}

    static Map<String, String> files(Path folder) {
        try {
            return LessonFolders.read(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a folder, naming its files in messages as {@code lessons/<folder name>/…}. */
    static ParsedLesson parse(Path folder) {
        return LessonParser.parse("lessons/" + folder.getFileName(), files(folder));
    }
}
