package org.sourcework.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;

/**
 * Turns on the bean definitions that Spring AOT generated when the production jar was built
 * ({@code ./mvnw -Pproduction package}), so a school starts it with plain {@code java -jar} and no flag.
 * Only a jar that the production build marked ({@value #MARK} in its manifest) and that is started as
 * the whole class path qualifies: a development run or a test has folders on its class path, whose
 * generated classes may be stale. {@code -Dspring.aot.enabled=false} starts the jar without them.
 */
public final class SpringAot {

    public static final String MARK = "Sourcework-Spring-AOT";
    static final String ENABLED = "spring.aot.enabled";

    private SpringAot() {}

    /** Sets {@code spring.aot.enabled=true} for a marked jar, unless the operator has set it already. */
    public static void enableForProductionJar() {
        if (System.getProperty(ENABLED) == null && isMarkedJar(System.getProperty("java.class.path", ""))) {
            System.setProperty(ENABLED, "true");
        }
    }

    static boolean isMarkedJar(String classPath) {
        if (classPath.isEmpty() || classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return false;
        }
        var jar = Path.of(classPath);
        if (!Files.isRegularFile(jar)) {
            return false;
        }
        try (var file = new JarFile(jar.toFile())) {
            var manifest = file.getManifest();
            return manifest != null
                    && "true".equals(manifest.getMainAttributes().getValue(MARK));
        } catch (IOException e) {
            return false;
        }
    }
}
