package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

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

    /**
     * Presses "Submit", waits for the dialog's first frame and moves each of its opening animations, in
     * the page and its shadow trees, to halfway and a tenth of its speed; answers how many it moved.
     */
    private static final String SUBMIT_AND_SLOW_THE_FADE_IN = AppPage.RUNNING_ANIMATIONS + """
            const done = arguments[arguments.length - 1];
            const start = performance.now();
            const look = () => {
                const animations = document.querySelector('vaadin-confirm-dialog[opening]') ? runningAnimations() : [];
                if (animations.length > 0 || performance.now() - start > 30000) {
                    animations.forEach(animation => {
                        animation.currentTime = animation.effect.getComputedTiming().endTime / 2;
                        animation.playbackRate = 0.1;
                    });
                    done(animations.length);
                } else {
                    requestAnimationFrame(look);
                }
            };
            document.querySelector('.header-submit').click();
            look();
            """;

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
        // A CI run once checked the dialog in the last moments of its fade-in and saw paler buttons. Here
        // the fade-in is caught halfway and slowed tenfold, so the check must wait for it to end.
        assertThat(page.asyncScript(SUBMIT_AND_SLOW_THE_FADE_IN))
                .as("fade-in caught")
                .isNotEqualTo(0L);
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
