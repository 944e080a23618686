package org.sourcework.it.browser;

import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Real-browser journeys against the real app with its demo data. Every subclass shares one Spring
 * context (same configuration, so Spring's test context cache starts the server once per JVM) and
 * a database in its own folder under target/, never the developer's ./data.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class BrowserTestBase extends BrowserBase {

    static final String PASSWORD = "reading-1956";

    private static final Path DATA_DIR = freshDataDir("browser-");

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("sourcework.data-dir", DATA_DIR::toString);
    }
}
