package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** WCAG 2.2 AA, as far as axe-core can tell: nothing serious or critical on the pages everyone sees. */
class AccessibilityIT extends BrowserTestBase {

    @Test
    void sign_in_page_has_no_serious_accessibility_violations() {
        page.open("login");
        page.heading();

        assertNoBlockingViolations("the sign-in page");
    }

    @Test
    void sign_in_page_showing_an_error_has_no_serious_accessibility_violations() {
        page.signIn("amira", "not-the-password");
        LoginForm.errorTitle(page);

        assertNoBlockingViolations("the sign-in page with an error");
    }

    @ParameterizedTest
    @EnumSource(DemoHome.class)
    void home_view_has_no_serious_accessibility_violations(DemoHome home) {
        page.signIn(home.username, PASSWORD);
        page.awaitHeading(home.heading);

        assertNoBlockingViolations("the home view of " + home.username + " (" + home.path + ")");
    }

    private void assertNoBlockingViolations(String where) {
        var findings = AxeFindings.of(page.driver());
        assertThat(findings.isEmpty())
                .as("axe-core found serious or critical violations on %s:%n%s", where, findings.describe())
                .isTrue();
    }
}
