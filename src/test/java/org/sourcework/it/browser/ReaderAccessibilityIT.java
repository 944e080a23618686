package org.sourcework.it.browser;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * WCAG 2.2 AA, as far as axe-core can tell, for a student at work: nothing serious or critical on
 * the student home and the reader's pages (with an answer's explanation, a highlighted sentence,
 * the folded section list opened and the submit confirmation), on a laptop and on a phone.
 */
class ReaderAccessibilityIT extends BrowserTestBase {

    @ParameterizedTest(name = "{0}x{1} as {2}")
    @CsvSource({"1280, 800, grace", "390, 844, hannah"})
    void student_home_and_reader_have_no_serious_accessibility_violations(int width, int height, String student) {
        var reader = new LessonReader(page);
        var softly = new SoftAssertions();
        page.resize(width, height);
        page.signIn(student, PASSWORD);
        page.awaitHeading("My lessons");
        check(softly, "the student home");

        long lesson = reader.openFromHome();
        // "Continue" opens the page last worked on, which another test may have moved on
        reader.open(lesson, LessonReader.START_PAGE);
        reader.choose("hn-who-for-whom", "Khrushchev");
        reader.awaitSaved("hn-who-for-whom");
        reader.check("hn-who-for-whom");
        check(softly, "the start page with an answer and its explanation");

        // Grace and Hannah's class (History 11B) is given the core path: its evidence question is in IV
        reader.open(lesson, "IV");
        reader.click(reader.sentence(3));
        reader.awaitSaved("iv-evidence-hostility");
        check(softly, "section IV with a chosen sentence");

        reader.open(lesson, "III");
        var sectionsToggle = page.driver().findElement(By.cssSelector(".section-list summary"));
        if (sectionsToggle.isDisplayed()) {
            reader.click(sectionsToggle);
            page.settle();
        }
        check(softly, "section III (categorisation), with the section list shown");

        reader.open(lesson, "summary");
        check(softly, "the summary page");
        reader.click(page.driver().findElement(By.cssSelector(".header-submit")));
        page.waitFor()
                .until(driver -> !driver.findElements(By.cssSelector("vaadin-confirm-dialog[opened]"))
                        .isEmpty());
        page.waitForVaadin();
        check(softly, "the submit confirmation");

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
