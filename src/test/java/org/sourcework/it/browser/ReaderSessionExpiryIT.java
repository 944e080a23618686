package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.responses.ResponseService;
import org.sourcework.responses.SavedAnswer;
import org.sourcework.roster.RosterService;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * A session that expires while a student writes: what they typed but the server never got is kept
 * in the browser, offered back once they have signed in again, and saved when they accept it.
 * Farid is this test's own student; no other test writes his answers.
 */
class ReaderSessionExpiryIT extends BrowserTestBase {

    private static final String STUDENT = "farid";
    // a written question of the core path, which Farid's class is given; it is on the start page
    private static final String QUESTION = "hn-predict";
    private static final String TYPED = "They would have kept the purges quiet, because admitting them risks the"
            + " party's own authority.";

    @Autowired
    RunAs runAs;

    @Autowired
    RosterService roster;

    @Autowired
    ResponseService responses;

    @Autowired
    WebServerApplicationContext server;

    @Test
    void text_typed_after_the_session_expired_is_offered_back_after_signing_in_again_and_saved() {
        long assignment = runAs.user(STUDENT, () -> roster.myAssignments().getFirst().assignmentId());
        var reader = "lesson/" + assignment;
        page.signIn(STUDENT, PASSWORD);
        page.open(reader);
        assertThat(storedAnswer(assignment)).isNull();

        // the server forgets the session, as its timeout would, while the page stays open
        expireSession();
        answerField().sendKeys(TYPED);

        // the autosave after typing stops finds no session; the browser reloads and is sent to sign in
        page.waitFor().until(ExpectedConditions.urlContains("/login"));
        assertThat(storedAnswer(assignment)).isNull();
        page.signIn(STUDENT, PASSWORD);
        page.open(reader);

        var offer = page.waitFor().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#question-" + QUESTION + " .restore-offer")));
        assertThat(offer.getText()).contains("You have unsaved text from before", TYPED);
        assertThat(answerField().getDomProperty("value")).isEmpty();
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

    private WebElement answerField() {
        return page.waitFor().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#question-" + QUESTION + " vaadin-text-area textarea")));
    }

    /** The reader scrolls inside the app layout, which the driver's own scrolling does not reach. */
    private void click(WebElement element) {
        page.script("arguments[0].scrollIntoView({block: 'center'})", element);
        page.waitFor().until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private void awaitStatus(String start) {
        page.waitFor().until(ExpectedConditions.textMatches(
                By.cssSelector("#question-" + QUESTION + " .save-status-text"),
                Pattern.compile("^" + start + ".*")));
    }

    private SavedAnswer storedAnswer(long assignment) {
        return runAs.user(STUDENT, () -> responses.open(assignment)).answers().get(QUESTION);
    }

    /** Expires the browser's session in Tomcat, exactly as the session timeout does; the cookie stays. */
    private void expireSession() {
        var id = page.driver().manage().getCookieNamed("JSESSIONID").getValue();
        var tomcat = ((TomcatWebServer) server.getWebServer()).getTomcat();
        try {
            for (var child : tomcat.getHost().findChildren()) {
                var session = ((Context) child).getManager().findSession(id);
                if (session != null) {
                    session.expire();
                    return;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("No session " + id + " on the server");
    }
}
