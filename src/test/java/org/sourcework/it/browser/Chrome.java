package org.sourcework.it.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium with its matching chromedriver; no Selenium Manager, no downloads. */
final class Chrome {

    static final String BINARY = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";

    private Chrome() {}

    static ChromeDriver start() {
        return start(Map.of());
    }

    /** With these preferences of the browser profile, such as cookie settings. */
    static ChromeDriver start(Map<String, Object> preferences) {
        var options = new ChromeOptions();
        if (!preferences.isEmpty()) {
            options.setExperimentalOption("prefs", preferences);
        }
        options.setBinary(BINARY);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--lang=en-US",
                "--user-data-dir=" + freshProfile());
        // the console log, where Chromium reports Content-Security-Policy violations
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return driver;
    }

    private static Path freshProfile() {
        try {
            var target = Files.createDirectories(Path.of("target", "it-chrome"));
            return Files.createTempDirectory(target, "profile-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
