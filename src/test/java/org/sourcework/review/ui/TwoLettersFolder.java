package org.sourcework.review.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A lessons folder holding the telegram (which the demo school needs) and the two-document test
 * lesson "two-letters", so review screens can be tested on a lesson of more than one document.
 */
class TwoLettersFolder implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try {
            var lessonsDir = Files.createTempDirectory("sourcework-two-letters");
            copy(Path.of("lessons/moscow-1956"), lessonsDir.resolve("moscow-1956"));
            copy(Path.of("src/test/resources/lessons-fixtures/two-letters"), lessonsDir.resolve("two-letters"));
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "two-letters-lessons", Map.of("sourcework.lessons-dir", lessonsDir.toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (var file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
