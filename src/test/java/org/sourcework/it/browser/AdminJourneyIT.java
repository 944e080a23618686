package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sourcework.roster.RosterImportService;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator imports a roster with one bad row, sees the dry run flag it, confirms anyway, and
 * downloads the temporary passwords; a new student from the file signs in with one, must change it,
 * and finds the lesson assigned to their class.
 */
class AdminJourneyIT extends BrowserTestBase {

    private static final String ROSTER = """
            username,display name,email,role,class,term
            ines.moreau,Inès Moreau,ines.moreau@example.org,student,History 11A,Spring 2027
            kofi.mensah,Kofi Mensah,kofi.mensah@example.org,student,History 11A,Spring 2027
            bad.email,Bad Email,bad.email.example.org,student,History 11A,Spring 2027
            """;

    @Autowired
    RosterImportService imports;

    @Autowired
    RunAs runAs;

    private static final String NEW_PASSWORD = "lanterns over the harbour at dusk";

    // read as a spreadsheet would: fetch's text() has already dropped the byte-order mark
    private static String passwordOf(String username, String csv) throws IOException {
        try (var parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))) {
            return parser.stream()
                    .filter(row -> row.get("username").equals(username))
                    .findFirst()
                    .map(row -> row.get("temporary password"))
                    .orElseThrow(() -> new AssertionError("no password for " + username + " in:\n" + csv));
        }
    }

    @Test
    void imported_student_signs_in_with_temporary_password_changes_it_and_sees_the_class_lesson() throws IOException {
        page.signIn("admin", PASSWORD);
        page.awaitHeading(DemoHome.ADMIN.heading);
        page.open("admin/import");
        page.awaitHeading("Import roster");

        var grid = RosterUpload.dryRun(page, ROSTER);
        var problems =
                page.driver().findElement(By.cssSelector(".import-problems")).getText();
        assertThat(problems)
                .as("the problem list of the dry run")
                .contains("Row 4")
                .containsIgnoringCase("email")
                .doesNotContain("Row 2")
                .doesNotContain("Row 3");
        assertThat(grid.getText())
                .as("the dry-run grid")
                .contains("ines.moreau", "kofi.mensah", "bad.email", "Skipped.");
        assertThat(page.driver().findElement(By.cssSelector("main")).getText())
                .contains("3 rows: 2 new accounts, 2 enrolments, no new classes, 0 unchanged, 1 with problems");

        var confirm = page.driver().findElement(By.xpath("//vaadin-button[normalize-space(.)='Confirm import']"));
        page.script("arguments[0].scrollIntoView({block: 'center'})", confirm);
        page.settle();
        confirm.click();
        var summary =
                page.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".import-summary")));
        page.waitForVaadin();
        assertThat(summary.getText())
                .contains(
                        "2 accounts created, no classes created, 2 enrolments, no rows unchanged," + " 1 row skipped");

        var href = page.driver()
                .findElement(By.cssSelector("a.passwords-download"))
                .getDomAttribute("href");
        var csv = (String) ((org.openqa.selenium.JavascriptExecutor) page.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done, e => done('ERROR ' + e));
                """, href);
        var temporary = passwordOf("ines.moreau", csv);
        assertThat(temporary).as("the temporary password").isNotBlank();
        assertThat(csv).doesNotContain("bad.email");

        page.driver().manage().deleteAllCookies();
        page.signIn("ines.moreau", temporary);
        // the gate reroutes without changing the address, so recognise the view by its heading
        page.awaitHeading("Choose a new password");
        var fields = page.driver().findElements(By.cssSelector("vaadin-password-field input"));
        assertThat(fields).as("current, new and repeated password").hasSize(3);
        fields.get(0).sendKeys(temporary, Keys.TAB);
        fields.get(1).sendKeys(NEW_PASSWORD, Keys.TAB);
        fields.get(2).sendKeys(NEW_PASSWORD, Keys.TAB);
        page.waitForVaadin();
        var change = page.driver().findElement(By.xpath("//vaadin-button[normalize-space(.)='Change password']"));
        page.script("arguments[0].scrollIntoView({block: 'center'})", change);
        change.click();

        page.awaitHeading("My lessons");
        var card = page.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".lesson-card")));
        assertThat(card.getText()).contains("Moscow, April 1956");
    }

    @Test
    void import_without_terms_uses_the_most_recent_term_and_updates_a_name_only_when_asked() {
        var latestTerm = runAs.user("admin", () -> imports.terms().getFirst());
        page.signIn("admin", PASSWORD);
        page.awaitHeading(DemoHome.ADMIN.heading);
        page.open("admin/import");
        page.awaitHeading("Import roster");
        var term = page.driver().findElement(By.cssSelector("main .import-options vaadin-combo-box input"));
        assertThat(term.getDomProperty("value"))
                .as("the term chosen for a start")
                .isEqualTo(latestTerm);

        var grid = RosterUpload.dryRun(page, """
                username,display name,email,role,class
                amira,Amira H. Haddad,amira@demo.sourcework.org,student,History 11A
                """);
        assertThat(grid.getText())
                .as("the dry run before updating is chosen")
                .contains("History 11A (" + latestTerm + ")")
                .doesNotContain("Update account");
        assertThat(page.driver().findElement(By.cssSelector(".import-problems")).getText())
                .contains("Row 2");

        page.driver()
                .findElement(By.xpath(
                        "//vaadin-checkbox[label[normalize-space(.)='Update names and emails of existing users']]"))
                .click();
        // the dry run is made again, in a new table
        page.waitFor()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("vaadin-grid.import-plan"), "Update account"));
        page.waitForVaadin();
        assertThat(page.driver()
                        .findElement(By.cssSelector("vaadin-grid.import-plan"))
                        .getText())
                .contains("‘Amira Haddad’ → ‘Amira H. Haddad’");
        assertThat(page.driver().findElements(By.cssSelector(".import-problems")))
                .as("problems left")
                .isEmpty();
    }
}
