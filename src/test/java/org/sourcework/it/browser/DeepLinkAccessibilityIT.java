package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sourcework.lti.DeepLinkFixtures;
import org.sourcework.lti.LtiPlatformService;
import org.sourcework.lti.PlatformDetails;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * WCAG 2.2 AA as far as axe-core tells, on the lesson picker a learning platform's deep-linking request
 * opens for an instructor, after pressing "Add to course" with no lesson chosen (so the field's message is
 * part of the check), on a laptop and a phone.
 */
class DeepLinkAccessibilityIT extends BrowserTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RunAs runAs;

    @Autowired
    LtiPlatformService platforms;

    long platformId;

    @BeforeAll
    void aPlatformIsRegistered() {
        platformId = runAs.user(
                        "admin",
                        () -> platforms.register(
                                null,
                                new PlatformDetails(
                                        "Picker LMS",
                                        "https://lms-picker-it.example",
                                        "tool",
                                        List.of("deployment-1"),
                                        "https://lms-picker-it.example/jwks",
                                        "https://lms-picker-it.example/auth",
                                        "https://lms-picker-it.example/token")))
                .id();
    }

    @BeforeEach
    void signedInAsInstructor() {
        page.signIn("hughes", PASSWORD);
        page.awaitHeading(DemoHome.INSTRUCTOR.heading);
    }

    @ParameterizedTest(name = "at {0}x{1}")
    @CsvSource({"1280, 800", "390, 844"})
    void the_lesson_picker_has_no_serious_accessibility_violations(int width, int height) {
        var requestId = DeepLinkFixtures.openRequest(
                jdbc,
                platformId,
                DeepLinkFixtures.userId(jdbc, "hughes"),
                DeepLinkFixtures.classId(jdbc, "History 11A"));
        page.resize(width, height);
        page.open("deep-link/" + requestId);
        page.awaitHeading("Add a Sourcework lesson to your course");
        assertNoBlockingViolations("the lesson picker at " + width + " px");

        page.waitFor()
                .until(ExpectedConditions.elementToBeClickable(By.id("deep-link-add")))
                .click();
        page.waitForVaadin();

        assertNoBlockingViolations("the lesson picker after adding with no lesson at " + width + " px");
    }

    private void assertNoBlockingViolations(String where) {
        var findings = AxeFindings.of(page.driver());
        assertThat(findings.isEmpty())
                .as("axe-core found serious or critical violations on %s:%n%s", where, findings.describe())
                .isTrue();
    }
}
