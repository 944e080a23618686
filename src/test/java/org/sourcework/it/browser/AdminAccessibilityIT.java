package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * WCAG 2.2 AA, as far as axe-core can tell: nothing serious or critical on any administrator view on a
 * laptop (1280x800) and a phone (390x844), including the class roster dialog and a roster dry run. Also
 * keeps the administrator screenshots in docs/screenshots current (a person looks at them; the test
 * only proves they were taken). The overview's pictures are taken by {@link ScreenshotsIT} as admin-home.
 */
class AdminAccessibilityIT extends BrowserTestBase {

    /** Nothing in this file is confirmed: the dry run changes nothing. */
    static final String ROSTER = """
            username,display name,email,role,class,term
            axe.one,Axe One,axe.one@example.org,student,History 11A,Spring 2027
            axe.two,Axe Two,not-an-email,student,History 11A,Spring 2027
            """;

    private Screenshots screenshots;

    @BeforeEach
    void signedInAsAdministrator() {
        screenshots = new Screenshots(page);
        page.signIn("admin", PASSWORD);
        page.awaitHeading(DemoHome.ADMIN.heading);
    }

    @ParameterizedTest(name = "{0} at {2}x{3}")
    @CsvSource({
        "admin,          Overview,      1280, 800, ",
        "admin,          Overview,      390,  844, ",
        "admin/users,    Users,         1280, 800, admin-users-1280.png",
        "admin/users,    Users,         390,  844, admin-users-390.png",
        "admin/classes,  Classes,       1280, 800, admin-classes-1280.png",
        "admin/classes,  Classes,       390,  844, admin-classes-390.png",
        "admin/import,   Import roster, 1280, 800, admin-import-1280.png",
        "admin/import,   Import roster, 390,  844, admin-import-390.png",
        "admin/audit,    Audit log,     1280, 800, admin-audit-1280.png",
        "admin/audit,    Audit log,     390,  844, admin-audit-390.png",
        "admin/lessons,  Lessons,       1280, 800, ",
        "admin/lessons,  Lessons,       390,  844, "
    })
    void administrator_view_has_no_serious_accessibility_violations(
            String path, String heading, int width, int height, String screenshot) throws IOException {
        page.resize(width, height);
        page.open(path);
        page.awaitHeading(heading);

        if (screenshot != null) {
            screenshots.fromTop(screenshot, width, height);
        }
        assertNoBlockingViolations(path + " at " + width + " px");
    }

    @ParameterizedTest(name = "at {0}x{1}")
    @CsvSource({"1280, 800", "390, 844"})
    void class_roster_dialog_has_no_serious_accessibility_violations(int width, int height) throws IOException {
        page.resize(width, height);
        page.open("admin/classes");
        page.awaitHeading("Classes");
        page.waitFor()
                .until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//vaadin-grid-cell-content[normalize-space(.)='History 11A']")))
                .click();
        page.waitFor()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("vaadin-dialog-overlay, " + "vaadin-dialog[opened]")));
        page.waitForVaadin();
        // the lessons part, with its due dates
        page.script("document.querySelector('.assigned-lessons').scrollIntoView({block: 'start'})");
        screenshots.asShown("admin-class-roster-" + width + ".png", width, height);

        assertNoBlockingViolations("the class roster dialog of History 11A at " + width + " px");
    }

    @ParameterizedTest(name = "at {0}x{1}")
    @CsvSource({"1280, 800", "390, 844"})
    void import_dry_run_has_no_serious_accessibility_violations(int width, int height) throws IOException {
        page.resize(width, height);
        page.open("admin/import");
        page.awaitHeading("Import roster");
        RosterUpload.dryRun(page, ROSTER);
        page.script("document.querySelector('main h2').scrollIntoView({block: 'start'})");
        screenshots.asShown("admin-import-dry-run-" + width + ".png", width, height);

        assertNoBlockingViolations("admin/import after a dry run at " + width + " px");
    }

    private void assertNoBlockingViolations(String where) {
        var findings = AxeFindings.of(page.driver());
        assertThat(findings.isEmpty())
                .as("axe-core found serious or critical violations on %s:%n%s", where, findings.describe())
                .isTrue();
    }
}
