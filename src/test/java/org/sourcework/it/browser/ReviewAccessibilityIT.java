package org.sourcework.it.browser;

import java.io.IOException;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * WCAG 2.2 AA, as far as axe-core can tell, on every instructor review screen and the student's
 * feedback view, on a laptop and on a phone, over the demo's sample class. Also keeps their
 * screenshots in docs/screenshots current (a person looks at them; the test only proves they were
 * taken). Only reads: nothing here changes the sample class.
 */
class ReviewAccessibilityIT extends BrowserTestBase {

    /** Has read released feedback in the sample class. */
    private static final String STUDENT_WITH_FEEDBACK = "isla";
    /** Has been asked to revise an answer. */
    private static final String STUDENT_REVISING = "jonah";

    @Test
    void instructor_review_screens_have_no_serious_accessibility_violations() throws IOException {
        var review = new ReviewPages(page);
        var shots = new Screenshots(page);
        var softly = new SoftAssertions();
        page.signIn(ReviewPages.INSTRUCTOR, PASSWORD);
        var assignment = review.reviewLinkOf(ReviewPages.SAMPLE_CLASS);
        check(softly, "the instructor home");

        for (var size : new int[][] {{1280, 800}, {390, 844}}) {
            page.resize(size[0], size[1]);
            review.openOverview(assignment);
            shots.fromTop("review-overview-" + size[0] + ".png", size[0], size[1]);
            check(softly, "the class overview");

            review.openQuestion(assignment, "iv-cer-threat");
            shots.fromTop("review-by-question-" + size[0] + ".png", size[0], size[1]);
            check(softly, "review by question (a claim-evidence-reasoning question with a rubric)");

            review.openQuestion(assignment, "iiib-evidence-fear");
            check(softly, "review by question (an evidence question)");

            page.open("review/" + assignment + "/student");
            page.waitFor()
                    .until(driver -> !driver.findElements(By.cssSelector(".feedback-editor"))
                            .isEmpty());
            page.waitForVaadin();
            shots.fromTop("review-by-student-" + size[0] + ".png", size[0], size[1]);
            check(softly, "review by student");

            page.open("review/" + assignment + "/analytics");
            page.waitFor()
                    .until(driver -> !driver.findElements(By.id("skill-chart")).isEmpty());
            page.waitForVaadin();
            shots.fromTop("review-analytics-" + size[0] + ".png", size[0], size[1]);
            check(softly, "analytics");

            page.open("review/" + assignment + "/gradebook");
            page.waitFor()
                    .until(driver ->
                            !driver.findElements(By.id("gradebook-grid")).isEmpty());
            page.waitForVaadin();
            check(softly, "the gradebook");
        }
        softly.assertAll();
    }

    @Test
    void student_feedback_screens_have_no_serious_accessibility_violations() throws IOException {
        var shots = new Screenshots(page);
        var softly = new SoftAssertions();
        page.signIn(STUDENT_REVISING, PASSWORD);
        page.awaitHeading("My lessons");
        shots.atLaptopAndPhoneSize("student-home-revision");
        check(softly, "the home of a student asked to revise an answer");

        page.driver().manage().deleteAllCookies();
        page.resize(1280, 800);
        page.signIn(STUDENT_WITH_FEEDBACK, PASSWORD);
        page.awaitHeading("My lessons");
        page.driver()
                .findElement(By.cssSelector(".see-feedback, .read-feedback"))
                .click();
        page.waitFor()
                .until(driver ->
                        !driver.findElements(By.cssSelector(".feedback-item")).isEmpty());
        page.waitForVaadin();
        check(softly, "the feedback view at 1280 px");
        shots.atLaptopAndPhoneSize("student-feedback");
        check(softly, "the feedback view at 390 px");
        softly.assertAll();
    }

    private void check(SoftAssertions softly, String where) {
        var findings = AxeFindings.of(page.driver());
        softly.assertThat(findings.isEmpty())
                .as(
                        "axe-core found serious or critical violations on %s at %s px:%n%s",
                        where, page.script("return window.innerWidth"), findings.describe())
                .isTrue();
    }
}
