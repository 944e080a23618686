package org.sourcework.lessons.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The lesson folders on disk: every folder in the lessons directory is a lesson. */
final class LessonFolders {

    private LessonFolders() {}

    /** The lesson folders, sorted by name; hidden folders and plain files (such as README.md) are not lessons. */
    static List<Path> list(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isDirectory)
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    /**
     * The lesson files present in the folder, file name to text with Unix line endings: every
     * {@code .md} and {@code .yaml} file, since a lesson may add an adapted text and further
     * documents to its three required files.
     */
    static Map<String, String> read(Path folder) throws IOException {
        var files = new LinkedHashMap<String, String>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (var file : entries.filter(Files::isRegularFile).sorted().toList()) {
                var name = file.getFileName().toString();
                if (!name.startsWith(".") && (name.endsWith(".md") || name.endsWith(".yaml"))) {
                    files.put(name, LessonParser.normalize(Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        }
        return files;
    }
}
