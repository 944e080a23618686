package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.responses.ResponseService;
import org.sourcework.responses.SavedAnswer;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * A session that times out while a student writes: the page says so and keeps the text on the
 * screen; what the server never got is kept in the browser, the sign-in leads back to the page, which
 * offers the text back and saves it when the student accepts.
 * Farid is this test's own student; no other test writes his answers.
 */
class ReaderSessionExpiryIT extends BrowserTestBase {

    private static final String STUDENT = "farid";
    // a written question of the core path, which Farid's class is given; it is on the start page
    private static final String QUESTION = "hn-predict";
    private static final String TYPED =
            "They would have kept the purges quiet, because admitting them risks the" + " party's own authority.";

    @Autowired
    RunAs runAs;

    @Autowired
    RosterQueries roster;

    @Autowired
    ResponseService responses;

    @Autowired
    WebServerApplicationContext server;

    @Test
    void a_session_that_times_out_says_so_keeps_the_text_on_screen_and_signing_in_returns_to_the_page_to_save_it()
            throws IOException {
        long assignment =
                runAs.user(STUDENT, () -> roster.myAssignments().getFirst().assignmentId());
        var reader = "lesson/" + assignment;
        page.signIn(STUDENT, PASSWORD);
        page.open(reader);
        assertThat(storedAnswer(assignment)).isNull();

        // the server's session timeout, made short for this session; the page stays open
        timeOutSession();
        answerField().sendKeys(TYPED);

        var notice = page.waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".v-system-error[data-cause]")));
        assertThat(notice.getText())
                .isEqualTo("You were signed out after a long pause.\nYour text is kept in this"
                        + " browser; sign in to save it. Click here or press Esc to sign in.");
        assertThat(answerField().getDomProperty("value"))
                .as("the text stays on the screen")
                .isEqualTo(TYPED);
        assertThat(shownStatus()).isEqualTo("Not saved yet — you were signed out; your text is kept in this browser.");
        assertThat(page.path()).isEqualTo("/" + reader);
        new Screenshots(page).asShown("saving-signed-out-1280.png", 1280, 800);
        assertThat(storedAnswer(assignment)).isNull();

        notice.click();
        page.waitFor().until(ExpectedConditions.urlContains("/login"));
        signInOnThisPage();

        page.waitFor().until(driver -> page.path().equals("/" + reader));
        var offer = page.waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#question-" + QUESTION + " .restore-offer")));
        assertThat(offer.getText()).contains("You have unsaved text from before", TYPED);
        click(offer.findElement(By.xpath(".//vaadin-button[normalize-space()='Restore']")));

        awaitStatus("Saved at");
        assertThat(answerField().getDomProperty("value")).isEqualTo(TYPED);
        assertThat(storedAnswer(assignment).value()).isEqualTo(new TextAnswer(TYPED));

        page.driver().navigate().refresh();
        page.waitForVaadin();
        assertThat(answerField().getDomProperty("value")).isEqualTo(TYPED);
        awaitStatus("Saved at");
        assertThat(page.driver().findElements(By.cssSelector(".restore-offer"))).isEmpty();
    }

    /** The question's status as shown: while typed text is on its way, a label the page puts in its place. */
    private String shownStatus() {
        return (String) page.script("""
                const status = document.querySelector(arguments[0]);
                const label = getComputedStyle(status, '::before').content;
                return label && label !== 'none' ? JSON.parse(label) : status.textContent;
                """, "#question-" + QUESTION + " .save-status");
    }

    /** Signs in on the sign-in page the browser was sent to, without opening it again. */
    private void signInOnThisPage() {
        var username = page.waitFor()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        var form = page.driver().findElement(By.cssSelector("vaadin-login-form"));
        username.sendKeys(STUDENT);
        page.driver().findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(PASSWORD, Keys.ENTER);
        page.waitFor().until(ExpectedConditions.stalenessOf(form));
        page.waitForVaadin();
    }

    private WebElement answerField() {
        return page.waitFor()
                .until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("#question-" + QUESTION + " vaadin-text-area textarea")));
    }

    /** The reader scrolls inside the app layout, which the driver's own scrolling does not reach. */
    private void click(WebElement element) {
        page.script("arguments[0].scrollIntoView({block: 'center'})", element);
        page.waitFor().until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private void awaitStatus(String start) {
        page.waitFor()
                .until(ExpectedConditions.textMatches(
                        By.cssSelector("#question-" + QUESTION + " .save-status-text"),
                        Pattern.compile("^" + start + ".*")));
    }

    private SavedAnswer storedAnswer(long assignment) {
        return runAs.user(STUDENT, () -> responses.open(assignment)).answers().get(QUESTION);
    }

    /**
     * Gives the browser's session in Tomcat a timeout of one second and waits until Tomcat, asked,
     * finds it timed out: the same expiry as after 30 minutes without a request. The cookie stays.
     */
    private void timeOutSession() {
        var session = tomcatSession();
        session.setMaxInactiveInterval(1);
        page.waitFor().until(driver -> !session.isValid());
    }

    private Session tomcatSession() {
        var id = page.driver().manage().getCookieNamed("JSESSIONID").getValue();
        var tomcat = ((TomcatWebServer) server.getWebServer()).getTomcat();
        try {
            for (var child : tomcat.getHost().findChildren()) {
                var session = ((Context) child).getManager().findSession(id);
                if (session != null) {
                    return session;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("No session " + id + " on the server");
    }
}
