package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * WCAG 2.2 AA as far as axe-core tells, on the learning platforms screen and its add dialog after a
 * save with wrong fields (so the error messages are part of the check), on a laptop and a phone.
 */
class LtiPlatformsAccessibilityIT extends BrowserTestBase {

    @BeforeEach
    void signedInAsAdministrator() {
        page.signIn("admin", PASSWORD);
        page.awaitHeading(DemoHome.ADMIN.heading);
    }

    @ParameterizedTest(name = "at {0}x{1}")
    @CsvSource({"1280, 800", "390, 844"})
    void platforms_screen_and_its_dialog_have_no_serious_accessibility_violations(int width, int height) {
        page.resize(width, height);
        page.open("admin/lti");
        page.awaitHeading("Learning platforms");
        assertNoBlockingViolations("admin/lti at " + width + " px");

        page.waitFor()
                .until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//vaadin-button[normalize-space(.)='Add platform']")))
                .click();
        page.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-dialog[opened]")));
        page.waitFor()
                .until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-button[normalize-space(.)='Save']")))
                .click();
        page.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-text-field[invalid]")));
        page.waitForVaadin();

        assertNoBlockingViolations("the add-platform dialog with its messages at " + width + " px");
    }

    private void assertNoBlockingViolations(String where) {
        var findings = AxeFindings.of(page.driver());
        assertThat(findings.isEmpty())
                .as("axe-core found serious or critical violations on %s:%n%s", where, findings.describe())
                .isTrue();
    }
}
