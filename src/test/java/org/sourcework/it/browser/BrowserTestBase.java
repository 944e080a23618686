package org.sourcework.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Real-browser journeys against the real app with its demo data. Every subclass shares one Spring
 * context (same configuration, so Spring's test context cache starts the server once per JVM) and
 * a database in its own folder under target/, never the developer's ./data.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "sourcework.lessons-dir=lessons",
            "vaadin.launch-browser=false",
            "vaadin.devmode.devTools.enabled=false",
            "vaadin.devmode.usageStatistics.enabled=false"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestBase {

    static final String PASSWORD = "reading-1956";

    private static final Path DATA_DIR = freshDataDir();

    @LocalServerPort
    private int port;

    private WebDriver driver;
    AppPage page;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("sourcework.data-dir", DATA_DIR::toString);
    }

    /** The port of the server under test, for a second browser. */
    int port() {
        return port;
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.security.core.context.SecurityContextHolderStrategy thisServersSecurity;

    /**
     * The static security holder (which start-up code, launches and RunAs write to) points at this
     * server's strategy: each application context installs its own as the global one, and the browser
     * tests run two servers in one JVM (this and the school sign-in test's), so whichever started last
     * would otherwise hide what the other's guarded services are told.
     */
    @BeforeAll
    void startBrowser() {
        org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(thisServersSecurity);
        driver = Chrome.start();
        page = new AppPage(driver, port);
    }

    @BeforeEach
    void signedOutAtDesktopSize() {
        if (driver.getCurrentUrl().startsWith("http")) {
            driver.manage().deleteAllCookies();
        }
        page.resize(1280, 800);
    }

    @AfterAll
    void quitBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static Path freshDataDir() {
        try {
            var target = Files.createDirectories(Path.of("target", "it-data"));
            return Files.createTempDirectory(target, "browser-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
