package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.responses.ClassWorkService;
import org.sourcework.responses.ResponseService;
import org.sourcework.roster.ClassRosterService;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The same answer edited in two places: two tabs of one student, and two instructors on one
 * student's feedback. One dialog per conflict, showing both versions; no error after the choice; the
 * page header never says "All changes saved" while a choice is open; and the side whose text was
 * saved over is told before it types again. Hannah and Kofi's answer to "ii-why-morality" belong to
 * this test alone.
 */
class SavingConflictsIT extends BrowserTestBase {

    private static final String STUDENT = "hannah";
    // Hannah's class (History 11B) has the core path: a written question on it, on the start page
    private static final String QUESTION = "hn-predict";
    private static final String PAGE = LessonReader.START_PAGE;
    private static final String GRADED = "kofi";
    private static final String GRADED_QUESTION = "ii-why-morality";

    @Autowired
    RunAs runAs;

    @Autowired
    RosterQueries roster;

    @Autowired
    ClassRosterService classRoster;

    @Autowired
    ClassWorkService classWork;

    @Autowired
    ResponseService responses;

    @Test
    void two_tabs_of_one_student_get_one_dialog_with_both_versions_and_the_other_tab_learns_its_text_was_replaced()
            throws IOException {
        page.signIn(STUDENT, PASSWORD);
        var reader = new LessonReader(page);
        long assignment =
                runAs.user(STUDENT, () -> roster.myAssignments().getFirst().assignmentId());
        reader.open(assignment, PAGE);
        reader.type(QUESTION, 0, "First thoughts.");
        reader.awaitSaved(QUESTION);
        var first = page.driver().getWindowHandle();

        page.driver().switchTo().newWindow(WindowType.TAB);
        reader.open(assignment, PAGE);
        holdChecks();
        var second = page.driver().getWindowHandle();
        page.driver().switchTo().window(first);
        reader.type(QUESTION, 0, " Then more, in the first tab.");
        reader.awaitSaved(QUESTION);

        page.driver().switchTo().window(second);
        reader.type(QUESTION, 0, " Written in the second tab.");
        var dialog = awaitConflictDialog();
        assertThat(openDialogs()).as("dialogs open for one conflict").isEqualTo(1);
        assertThat(dialog.getText())
                .contains(
                        "Saved in the other window",
                        "First thoughts. Then more, in the first tab.",
                        "In this window",
                        "First thoughts. Written in the second tab.");
        assertThat(headerStatus()).startsWith("Not saved: an answer was changed in another window");
        new Screenshots(page).asShown("saving-conflict-1280.png", 1280, 800);

        click(dialog.findElement(By.xpath(".//vaadin-button[normalize-space()='Keep my version']")));
        reader.awaitSaved(QUESTION);
        assertThat(openDialogs()).isZero();
        assertThat(errorNotifications()).isEmpty();
        assertThat(headerStatus()).startsWith("All changes saved at");
        assertThat(responses(assignment)).isEqualTo("First thoughts. Written in the second tab.");

        page.driver().switchTo().window(first);
        page.waitFor()
                .until(driver -> reader.saveStatus(QUESTION)
                        .startsWith("Replaced by the version you saved in another window at"));
        assertThat(reader.text(QUESTION, 0)).isEqualTo("First thoughts. Written in the second tab.");
        assertThat(headerStatus()).startsWith("An answer was replaced by the version you saved in another window");
        page.script("arguments[0].scrollIntoView({block: 'center'})", reader.question(QUESTION));
        new Screenshots(page).asShown("saving-replaced-1280.png", 1280, 800);

        page.driver().switchTo().window(second);
        page.driver().close();
        page.driver().switchTo().window(first);
    }

    @Test
    void two_instructors_on_one_answer_get_one_dialog_no_error_after_keep_mine_and_the_other_learns_of_it()
            throws IOException {
        long assignment =
                runAs.user(GRADED, () -> roster.myAssignments().getFirst().assignmentId());
        long classId =
                runAs.user("hughes", () -> classWork.assignment(assignment).classId());
        runAs.user("admin", () -> classRoster.addInstructor(classId, "okafor"));
        var review = new ReviewPages(page);
        page.signIn("hughes", PASSWORD);
        review.openQuestion(assignment, GRADED_QUESTION);
        holdChecks();

        var other = Chrome.start();
        try {
            var okaforPage = new AppPage(other, port());
            okaforPage.resize(1280, 800);
            okaforPage.signIn("okafor", PASSWORD);
            var okaforReview = new ReviewPages(okaforPage);
            okaforReview.openQuestion(assignment, GRADED_QUESTION);
            typeComment(okaforPage, okaforReview.editorOf(GRADED), " Okafor: name the two motives.");
            okaforReview.awaitSaved(okaforReview.editorOf(GRADED));

            typeComment(page, review.editorOf(GRADED), " Hughes: good use of the text.");
            var dialog = awaitConflictDialog();
            assertThat(openDialogs()).as("dialogs open for one conflict").isEqualTo(1);
            assertThat(dialog.getText())
                    .contains(
                            "Someone else changed this feedback",
                            "Another instructor",
                            " Okafor: name the two motives.");
            new Screenshots(page).asShown("saving-feedback-conflict-1280.png", 1280, 800);
            click(dialog.findElement(By.xpath(".//vaadin-button[normalize-space()='Keep mine']")));
            review.awaitSaved(review.editorOf(GRADED));
            assertThat(openDialogs()).isZero();
            assertThat(errorNotifications()).isEmpty();

            okaforPage
                    .waitFor()
                    .until(driver -> okaforReview
                            .editorOf(GRADED)
                            .getText()
                            .contains("Replaced by feedback another instructor saved at"));
            assertThat(okaforReview.comment(okaforReview.editorOf(GRADED))).endsWith(" Hughes: good use of the text.");
        } finally {
            other.quit();
        }
    }

    /** Holds this page's regular check, as typing does, so the other side's save is met as a conflict. */
    private void holdChecks() {
        page.script("window.__swLastInput = Date.now() + 3600000");
    }

    private void typeComment(AppPage on, WebElement editor, String text) {
        var area = editor.findElement(By.cssSelector(".feedback-comment textarea"));
        on.script("arguments[0].scrollIntoView({block: 'center'})", area);
        area.click();
        area.sendKeys(text);
    }

    private WebElement awaitConflictDialog() {
        return page.waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("vaadin-dialog.conflict-dialog[opened]")));
    }

    private long openDialogs() {
        return ((Number) page.script(
                        "return document.querySelectorAll('vaadin-dialog.conflict-dialog[opened]')" + ".length"))
                .longValue();
    }

    @SuppressWarnings("unchecked")
    private List<String> errorNotifications() {
        return (List<String>) page.script("return [...document.querySelectorAll('vaadin-notification-card')]"
                + ".map(card => card.textContent.trim())");
    }

    /** What the header says; while the person types, "Saving…" stands in its place, so that is read too. */
    private String headerStatus() {
        return (String) page.script("""
                const status = document.querySelector('.page-save-status');
                return status.hasAttribute('data-typing') ? 'typing: ' + status.getAttribute('data-typing-label')
                    : status.querySelector('.save-status-text').textContent;
                """);
    }

    private String responses(long assignment) {
        var value = runAs.user(STUDENT, () -> responses.open(assignment))
                .answers()
                .get(QUESTION)
                .value();
        return ((TextAnswer) value).text();
    }

    private void click(WebElement element) {
        element.click();
        page.waitForVaadin();
    }
}
