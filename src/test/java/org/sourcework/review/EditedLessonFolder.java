package org.sourcework.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A lessons folder of the context's own holding a copy of the telegram, which tests may edit and
 * reload; the lessons of the shared context stay as they are.
 */
public class EditedLessonFolder implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static Path lessonsDir;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try {
            lessonsDir = Files.createTempDirectory("sourcework-edited");
            var to = Files.createDirectories(lessonsDir.resolve("moscow-1956"));
            try (var files = Files.list(Path.of("lessons/moscow-1956"))) {
                for (var file : files.toList()) {
                    Files.copy(file, to.resolve(file.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "edited-lessons", Map.of("sourcework.lessons-dir", lessonsDir.toString())));
    }

    /** A file of the telegram lesson in this folder, such as {@code questions.yaml}. */
    static Path file(String name) {
        return lessonsDir.resolve("moscow-1956").resolve(name);
    }
}
