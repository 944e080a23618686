package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The feedback loop in a real browser: an instructor grades one question across the sample class
 * with the rubric and the comment bank and releases it; a student signs in, finds the new feedback
 * first, opens it; and the instructor sees that it was read.
 */
class ReviewJourneyIT extends BrowserTestBase {

    private static final java.util.regex.Pattern COUNTS =
            java.util.regex.Pattern.compile("(\\d+) answered · (\\d+) with feedback · (\\d+) released");
    private static final java.util.regex.Pattern REVIEWED =
            java.util.regex.Pattern.compile("(\\d+) of (\\d+) reviewed");

    /** The sample class's last submission, which has no feedback yet. */
    private static final String STUDENT = "tomas";

    private static final String STUDENT_NAME = "Tomás Byrne";
    private static final String QUESTION = "iv-cer-threat";

    @Test
    void instructor_grades_a_question_and_releases_it_and_sees_the_student_read_it() {
        var review = new ReviewPages(page);
        page.signIn(ReviewPages.INSTRUCTOR, PASSWORD);
        var assignment = review.reviewLinkOf(ReviewPages.SAMPLE_CLASS);
        review.openOverview(assignment);
        assertThat(String.join(" ", review.rowOf(STUDENT_NAME)))
                .as("before any feedback")
                .contains("Submitted");
        var progressBefore = reviewed(review.rowOf(STUDENT_NAME));

        review.openQuestion(assignment, QUESTION);
        var before = counts();
        var editor = review.editorOf(STUDENT);
        review.topLevels(editor);
        var bankComment = review.insertFirstBankComment(editor);
        review.awaitSaved(editor);
        assertThat(review.comment(editor)).contains(bankComment);
        assertThat(review.feedbackState(STUDENT_NAME)).isEqualTo("draft");
        // the question's counts follow the work on this page, without a reload
        page.waitFor().until(driver -> counts()[1] == before[1] + 1);
        review.releaseQuestion();
        assertThat(review.feedbackState(STUDENT_NAME)).isEqualTo("unread");
        // releasing the question releases every answer to it with feedback, the new one too
        page.waitFor().until(driver -> counts()[2] == before[1] + 1);
        review.openOverview(assignment);
        var progressAfter = reviewed(review.rowOf(STUDENT_NAME));
        assertThat(progressAfter[0])
                .as("review progress per student: one more of their answers reviewed")
                .isEqualTo(progressBefore[0] + 1);
        assertThat(progressAfter[1]).as("out of their answers").isGreaterThanOrEqualTo(progressAfter[0]);

        page.driver().manage().deleteAllCookies();
        page.signIn(STUDENT, PASSWORD);
        page.awaitHeading("My lessons");
        var firstCard = page.driver().findElement(By.cssSelector(".lesson-card"));
        assertThat(firstCard.getText())
                .as("the lesson with new feedback comes first")
                .contains("New feedback");
        review.click(firstCard.findElement(By.cssSelector(".read-feedback")));
        page.waitFor()
                .until(driver ->
                        !driver.findElements(By.cssSelector(".feedback-item")).isEmpty());
        page.waitForVaadin();
        assertThat(page.path()).isEqualTo("/feedback/" + assignment);
        assertThat(page.driver().findElements(By.cssSelector(".feedback-item")))
                .anySatisfy(item -> assertThat(item.getText()).contains(bankComment));

        page.driver().manage().deleteAllCookies();
        page.signIn(ReviewPages.INSTRUCTOR, PASSWORD);
        review.openOverview(assignment);
        assertThat(String.join(" ", review.rowOf(STUDENT_NAME)))
                .as("after the student opened it: what was released, and read")
                .containsPattern("\\d+ released · [1-9]\\d* read");
    }

    /** answered, with feedback, released: the header of the answers to the question on screen */
    private int[] counts() {
        var text = page.waitFor().until(driver -> {
            var shown = driver.findElement(By.id("answers-counts")).getDomProperty("textContent");
            return shown != null && COUNTS.matcher(shown).find() ? shown : null;
        });
        var match = COUNTS.matcher(text);
        assertThat(match.find()).as("the answers' counts: %s", text).isTrue();
        return new int[] {
            Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2)), Integer.parseInt(match.group(3))
        };
    }

    /** "3 of 9 reviewed" in a student's overview row, as {3, 9}; {0, 0} when the row shows none */
    private static int[] reviewed(java.util.List<String> row) {
        var match = REVIEWED.matcher(String.join(" ", row));
        return match.find()
                ? new int[] {Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2))}
                : new int[] {0, 0};
    }
}
