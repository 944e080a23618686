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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestPropertySource;

/**
 * A real browser against whichever server the subclass's {@code @SpringBootTest} starts: most browser
 * tests share one ({@link BrowserTestBase}), a test that needs other settings declares its own server
 * with them. Every such server serves the lessons folder without dev tools. The browser is signed out and
 * at desktop size before each test.
 */
@TestPropertySource(
        properties = {
            "sourcework.lessons-dir=lessons",
            "vaadin.launch-browser=false",
            "vaadin.devmode.devTools.enabled=false",
            "vaadin.devmode.usageStatistics.enabled=false"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserBase {

    @LocalServerPort
    private int port;

    @Autowired
    private SecurityContextHolderStrategy thisServersSecurity;

    private WebDriver driver;
    AppPage page;

    /** The port of the server under test, for a second browser. */
    int port() {
        return port;
    }

    /**
     * The static security holder (which start-up code, launches and RunAs write to) points at this
     * server's strategy: each application context installs its own as the global one, and the browser
     * tests run two servers in one JVM (the shared one and the school sign-in test's), so whichever started
     * last would otherwise hide what the other's guarded services are told.
     */
    @BeforeAll
    void startBrowser() {
        SecurityContextHolder.setContextHolderStrategy(thisServersSecurity);
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

    /** A new folder for a server's database under target/, never the developer's ./data. */
    static Path freshDataDir(String prefix) {
        try {
            var target = Files.createDirectories(Path.of("target", "it-data"));
            return Files.createTempDirectory(target, prefix).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
