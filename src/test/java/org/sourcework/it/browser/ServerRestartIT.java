package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sourcework.Application;
import org.sourcework.it.ForkedArgs;
import org.sourcework.it.ForkedJvm;

/**
 * The server stops while a student writes, and starts again. Meanwhile the question and the header
 * say the server is not answering and the text is kept in the browser; afterwards the page says the
 * server was restarted, the sign-in leads back to the page, and the kept text is saved. The server
 * runs in its own JVM, on its own database, so the test can stop and start it.
 */
class ServerRestartIT {

    // History 11A has the full lesson; this question is not on 11B's core path
    private static final String STUDENT = "daniel";
    private static final String QUESTION = "i-had-it-been-able";
    private static final String BEFORE = "Admitting the errors keeps the party in charge.";
    private static final String DURING = " Written while the server was down.";
    private static final String NOT_ANSWERING =
            "Not saved yet — the server is not answering; your text is kept in this" + " browser.";

    @TempDir
    Path dataDir;

    @Test
    void while_the_server_is_down_the_page_says_so_and_after_the_restart_it_says_why_and_saves_the_kept_text()
            throws Exception {
        int port = freePort();
        var driver = Chrome.start();
        try {
            var page = new AppPage(driver, port);
            var reader = new LessonReader(page);
            try (var server = start(port)) {
                page.resize(1280, 800);
                page.signIn(STUDENT, BrowserTestBase.PASSWORD);
                long assignment = reader.openFromHome();
                reader.open(assignment, "I");
                reader.type(QUESTION, 0, BEFORE);
                reader.awaitSaved(QUESTION);

                server.stop(Duration.ofSeconds(60));
                reader.type(QUESTION, 0, DURING);

                page.waitFor().until(d -> NOT_ANSWERING.equals(shown(page, "#question-" + QUESTION + " .save-status")));
                assertThat(shown(page, ".page-save-status")).isEqualTo(NOT_ANSWERING);
                page.script("arguments[0].scrollIntoView({block: 'center'})", reader.question(QUESTION));
                new Screenshots(page).asShown("saving-server-not-answering-1280.png", 1280, 800);
            }

            try (var server = start(port)) {
                var notice = new WebDriverWait(driver, Duration.ofMinutes(1))
                        .until(ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector(".v-system-error[data-cause]")));
                assertThat(notice.getText())
                        .isEqualTo("The server was restarted, so you were signed out.\nYour text is"
                                + " kept in this browser; sign in to save it. Click here or press Esc to sign in.");
                assertThat(reader.text(QUESTION, 0)).isEqualTo(BEFORE + DURING);
                new Screenshots(page).asShown("saving-server-restarted-1280.png", 1280, 800);
                var path = page.path();

                notice.click();
                page.waitFor().until(ExpectedConditions.urlContains("/login"));
                signInHere(page);
                page.waitFor().until(d -> page.path().equals(path));
                reader.awaitPage();
                var offer = page.waitFor()
                        .until(ExpectedConditions.visibilityOfElementLocated(
                                By.cssSelector("#question-" + QUESTION + " .restore-offer")));
                assertThat(offer.getText()).contains(BEFORE + DURING);
                reader.click(offer.findElement(By.xpath(".//vaadin-button[normalize-space()='Restore']")));
                reader.awaitSaved(QUESTION);
                reader.reload();
                assertThat(reader.text(QUESTION, 0)).isEqualTo(BEFORE + DURING);
                server.stop(Duration.ofSeconds(60));
            }
        } finally {
            driver.quit();
        }
    }

    /** The status as shown: while typed text is on its way, a label the page puts in place of its text. */
    private static String shown(AppPage page, String selector) {
        return (String) page.script("""
                const status = document.querySelector(arguments[0]);
                const label = getComputedStyle(status, '::before').content;
                return label && label !== 'none' ? JSON.parse(label) : status.querySelector('.save-status-text').textContent;
                """, selector);
    }

    private static void signInHere(AppPage page) {
        WebDriver driver = page.driver();
        var username = page.waitFor()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        WebElement form = driver.findElement(By.cssSelector("vaadin-login-form"));
        username.sendKeys(STUDENT);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(BrowserTestBase.PASSWORD, Keys.ENTER);
        page.waitFor().until(ExpectedConditions.stalenessOf(form));
        page.waitForVaadin();
    }

    private ForkedJvm start(int port) throws Exception {
        var server =
                ForkedJvm.start(Application.class, ForkedArgs.server(dataDir, port), Map.of(), ForkedArgs.ENV_TO_CLEAR);
        server.awaitLine(line -> line.contains("Started Application"), ForkedArgs.START_TIMEOUT);
        return server;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
