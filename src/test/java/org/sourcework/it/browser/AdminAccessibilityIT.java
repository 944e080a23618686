package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * WCAG 2.2 AA, as far as axe-core can tell: nothing serious or critical on any administrator view at
 * 1280x800, including the class roster dialog and a roster dry run. Also keeps the administrator
 * screenshots in docs/screenshots current (a person looks at them; the test only proves they were taken).
 */
class AdminAccessibilityIT extends BrowserTestBase {

    private static final Path FOLDER = Path.of("docs", "screenshots");

    /** Nothing in this file is confirmed: the dry run changes nothing. */
    private static final String ROSTER = """
            username,display name,email,role,class,term
            axe.one,Axe One,axe.one@example.org,student,History 11A,Spring 2027
            axe.two,Axe Two,not-an-email,student,History 11A,Spring 2027
            """;

    @BeforeEach
    void signedInAsAdministrator() {
        page.signIn("admin", PASSWORD);
        page.awaitHeading(DemoHome.ADMIN.heading);
    }

    @ParameterizedTest
    @CsvSource({
        "admin,          Overview,      ",
        "admin/users,    Users,         admin-users-1280.png",
        "admin/classes,  Classes,       admin-classes-1280.png",
        "admin/import,   Import roster, ",
        "admin/audit,    Audit log,     ",
        "admin/lessons,  Lessons,       "})
    void administrator_view_has_no_serious_accessibility_violations(String path, String heading, String screenshot)
            throws IOException {
        page.open(path);
        page.awaitHeading(heading);

        if (screenshot != null) {
            save(screenshot);
        }
        assertNoBlockingViolations(path);
    }

    @Test
    void class_roster_dialog_has_no_serious_accessibility_violations() {
        page.open("admin/classes");
        page.awaitHeading("Classes");
        page.waitFor().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-grid-cell-content[normalize-space(.)='History 11A']"))).click();
        page.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-dialog-overlay, "
                + "vaadin-dialog[opened]")));
        page.waitForVaadin();

        assertNoBlockingViolations("the class roster dialog of History 11A");
    }

    @Test
    void import_dry_run_has_no_serious_accessibility_violations() throws IOException {
        page.open("admin/import");
        page.awaitHeading("Import roster");
        RosterUpload.dryRun(page, ROSTER);
        page.script("document.querySelector('main h2').scrollIntoView({block: 'start'})");
        page.settle();
        save("admin-import-dry-run-1280.png");

        assertNoBlockingViolations("admin/import after a dry run");
    }

    private void assertNoBlockingViolations(String where) {
        var findings = AxeFindings.of(page.driver());
        assertThat(findings.isEmpty())
                .as("axe-core found serious or critical violations on %s:%n%s", where, findings.describe())
                .isTrue();
    }

    private void save(String fileName) throws IOException {
        var png = ((TakesScreenshot) page.driver()).getScreenshotAs(OutputType.BYTES);
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth() + "x" + image.getHeight()).as(fileName).isEqualTo("1280x800");
        Files.write(Files.createDirectories(FOLDER).resolve(fileName), png);
    }
}
