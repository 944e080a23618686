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
        assertThat(review.rowOf(STUDENT_NAME)).as("before any feedback").contains("Submitted");

        review.openQuestion(assignment, QUESTION);
        var editor = review.editorOf(STUDENT);
        review.topLevels(editor);
        var bankComment = review.insertFirstBankComment(editor);
        review.awaitSaved(editor);
        assertThat(review.comment(editor)).contains(bankComment);
        assertThat(review.feedbackState(STUDENT_NAME)).isEqualTo("draft");
        review.releaseQuestion();
        assertThat(review.feedbackState(STUDENT_NAME)).isEqualTo("unread");

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
        assertThat(review.rowOf(STUDENT_NAME)).as("after the student opened it").contains("Feedback read");
    }
}
