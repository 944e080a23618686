package org.sourcework.it;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/**
 * The jar that {@code ./mvnw -Pproduction package} builds, for the tests that run what an operator
 * runs. Failsafe runs after the package phase, so {@code ./mvnw -Pproduction verify} builds it first;
 * these tests carry the tag {@value #TAG}, which only the production profile runs (pom.xml).
 */
public final class ProductionJar {

    public static final String TAG = "production-jar";

    private static final String BUILD_INFO = "META-INF/VAADIN/config/flow-build-info.json";

    private ProductionJar() {}

    /** The production jar under target/; fails, saying how to build it, when there is none. */
    public static Path path() {
        try (var files = Files.list(Path.of("target"))) {
            var jar = files.filter(file -> file.getFileName().toString().matches("sourcework-.*\\.jar"))
                    .findFirst()
                    .orElseGet(() -> fail("No jar under target/. Run: ./mvnw -Pproduction verify -Dit.test=..."));
            if (!isProductionBuild(jar)) {
                fail(jar + " is a development build (Vaadin's development mode). Build it with -Pproduction:"
                        + " ./mvnw -Pproduction verify -Dit.test=...");
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isProductionBuild(Path jar) throws IOException {
        try (var zip = new ZipFile(jar.toFile())) {
            var entry = zip.getEntry(BUILD_INFO);
            if (entry == null) {
                return false;
            }
            try (var in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes()).replace(" ", "").contains("\"productionMode\":true");
            }
        }
    }
}
