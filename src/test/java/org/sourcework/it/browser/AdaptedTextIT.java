package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The adapted text beside the original: a student switches between Original, Adapted and Both, the
 * choice is remembered after a reload, the adapted text is labelled, side by side means side by side
 * on a laptop, evidence questions keep the original's numbered sentences, and axe-core finds nothing
 * serious or critical in any of the three. Jonah and Kofi (sample class) are this test's own students.
 */
class AdaptedTextIT extends BrowserTestBase {

    @Autowired
    RunAs runAs;

    @Autowired
    RosterQueries roster;

    @ParameterizedTest(name = "{0}x{1} as {2}")
    @CsvSource({"1280, 800, jonah", "390, 844, kofi"})
    void original_adapted_and_both_are_offered_remembered_and_accessible(int width, int height, String student) {
        var reader = new LessonReader(page);
        page.resize(width, height);
        page.signIn(student, PASSWORD);
        page.awaitHeading("My lessons");
        // their lessons are submitted, so the home page leads to feedback: go to the text directly
        long lesson =
                runAs.user(student, () -> roster.myAssignments().getFirst().assignmentId());
        reader.open(lesson, "III.B");

        assertThat(visible(".source-text")).as("the original is shown first").isTrue();
        assertThat(visible(".adapted-text")).isFalse();
        assertNoSeriousViolations("the original");

        choose(reader, "Adapted");
        assertThat(visible(".adapted-text")).isTrue();
        assertThat(visible(".source-text")).isFalse();
        assertThat(page.driver().findElement(By.cssSelector(".adapted-label")).getText())
                .isEqualToIgnoringCase("Adapted");
        assertThat(page.driver().findElement(By.cssSelector(".adapted-text")).getText())
                .contains("External factors, meaning causes outside the country");
        assertThat(evidenceOptions())
                .as("the evidence question numbers the original's sentences")
                .first()
                .asString()
                .startsWith("Sentence 1:")
                .contains("Realization that course STALIN");
        assertNoSeriousViolations("the adapted text");

        choose(reader, "Both side by side");
        var original = page.driver().findElement(By.cssSelector(".source-text"));
        var adapted = page.driver().findElement(By.cssSelector(".adapted-text"));
        assertThat(original.isDisplayed() && adapted.isDisplayed()).isTrue();
        assertThat(reader.sentence(1).getText())
                .as("the original keeps its numbered sentences")
                .contains("Realization that course STALIN");
        if (width >= 1280) {
            assertThat(adapted.getRect().getY())
                    .as("side by side on a laptop")
                    .isEqualTo(original.getRect().getY());
            assertThat(adapted.getRect().getX())
                    .isGreaterThan(original.getRect().getX());
        } else {
            assertThat(adapted.getRect().getY())
                    .as("one under the other on a phone")
                    .isGreaterThan(original.getRect().getY());
        }
        assertNoSeriousViolations("both side by side");

        reader.reload();
        assertThat(page.driver()
                        .findElement(By.cssSelector(".reading-choice-options vaadin-radio-button[checked]"))
                        .getText())
                .as("the choice is remembered")
                .isEqualTo("Both side by side");
        reader.open(lesson, "IV");
        assertThat(visible(".adapted-text") && visible(".source-text"))
                .as("and applies on every page")
                .isTrue();
    }

    private void choose(LessonReader reader, String label) {
        var option = page.driver().findElements(By.cssSelector(".reading-choice-options vaadin-radio-button")).stream()
                .filter(radio -> radio.getText().strip().equals(label))
                .findFirst()
                .orElseThrow();
        reader.click(option);
        page.waitForVaadin();
        page.settle();
    }

    private boolean visible(String css) {
        return page.driver().findElements(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed);
    }

    private List<String> evidenceOptions() {
        return page
                .driver()
                .findElements(By.cssSelector(".evidence-list vaadin-radio-button, .evidence-list" + " vaadin-checkbox"))
                .stream()
                .map(option -> option.getText().strip())
                .toList();
    }

    private void assertNoSeriousViolations(String where) {
        var findings = AxeFindings.of(page.driver());
        assertThat(findings.isEmpty())
                .as(
                        "axe-core found serious or critical violations on %s at %s px:%n%s",
                        where, page.script("return window.innerWidth"), findings.describe())
                .isTrue();
    }
}
