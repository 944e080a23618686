package org.sourcework.it;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The Spring Boot arguments every forked server gets, so a fork never touches ./data or port 8080. */
public final class ForkedArgs {

    /** The first start of Vaadin's dev mode prepares its bundle, which takes a while on a small machine. */
    public static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    /** Settings from the developer's shell that would change what a fork does. */
    public static final List<String> ENV_TO_CLEAR = List.of(
            "SPRING_PROFILES_ACTIVE",
            "SOURCEWORK_DATA_DIR",
            "SOURCEWORK_LESSONS_DIR",
            "SOURCEWORK_ADMIN_PASSWORD",
            "SOURCEWORK_ADMIN_USERNAME",
            "PORT");

    private ForkedArgs() {}

    static List<String> server(Path dataDir) {
        return server(dataDir, 0);
    }

    /** On a given port, for a test that restarts the server where a browser expects it. */
    public static List<String> server(Path dataDir, int port) {
        return List.of(
                "--server.port=" + port,
                "--management.server.port=0",
                "--sourcework.data-dir=" + dataDir,
                "--sourcework.lessons-dir=lessons",
                "--vaadin.launch-browser=false",
                "--vaadin.devmode.devTools.enabled=false",
                "--vaadin.devmode.usageStatistics.enabled=false");
    }
}
