package org.sourcework.it.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A student in a browser who keeps adding a few words to one answer and notes every text the reader
 * shows as saved. When her node goes away the page says she was signed out; she signs in again
 * (HAProxy sends her to a node that is up) and carries on. Her answer only grows, so every text once
 * shown as saved must be the start of what the database finally holds.
 */
final class SavingStudent {

    private final AppPage page;
    private final LessonReader reader;
    private final String username;
    private final String password;
    private final String questionId;
    private final List<String> acknowledged = new ArrayList<>();
    private long assignment;
    private int round;
    private int signIns;

    SavingStudent(AppPage page, String username, String password, String questionId) {
        this.page = page;
        this.reader = new LessonReader(page);
        this.username = username;
        this.password = password;
        this.questionId = questionId;
    }

    String username() {
        return username;
    }

    String questionId() {
        return questionId;
    }

    /** Every text the reader showed as saved, in order. */
    List<String> acknowledged() {
        return List.copyOf(acknowledged);
    }

    /** How often she was sent to sign in again. */
    int signIns() {
        return signIns;
    }

    /** Opens the page of her question (she is signed in already). */
    void open(long assignmentId, String pageId) {
        assignment = assignmentId;
        reader.open(assignmentId, pageId);
    }

    /** Adds a few words, without waiting for the outcome. */
    void type() {
        round++;
        reader.append(questionId, 0, " Round " + round + ".");
    }

    /** Adds a few words, then waits until they are saved or the page says she was signed out. */
    void saveOnce(String pageId) {
        type();
        awaitOutcome(pageId);
    }

    /** True when the reader showed her text as saved; false when she had to sign in again first. */
    boolean awaitOutcome(String pageId) {
        page.waitFor(Duration.ofMinutes(2))
                .until(driver ->
                        isSaved() || signedOutNotice() != null || page.path().startsWith("/login"));
        if (isSaved()) {
            acknowledged.add(reader.text(questionId, 0));
            return true;
        }
        var notice = signedOutNotice();
        if (notice != null) {
            notice.click();
            page.waitFor(Duration.ofMinutes(1)).until(driver -> page.path().startsWith("/login"));
        }
        signIns++;
        page.signIn(username, password);
        reader.open(assignment, pageId);
        return false;
    }

    private WebElement signedOutNotice() {
        var notices = page.driver().findElements(By.cssSelector(".v-system-error[data-cause]"));
        return notices.isEmpty() || !notices.getFirst().isDisplayed() ? null : notices.getFirst();
    }

    private boolean isSaved() {
        try {
            if (!page.path().startsWith("/lesson/")) {
                return false;
            }
            var status = reader.question(questionId).findElement(By.cssSelector(".save-status"));
            return status.getDomAttribute("data-typing") == null
                    && reader.saveStatus(questionId).startsWith("Saved at ");
        } catch (RuntimeException pageChanging) {
            return false;
        }
    }
}
