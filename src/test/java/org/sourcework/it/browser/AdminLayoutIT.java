package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The administrator's tables read in full on a laptop (1280x800), the import's problems read as
 * sentences, and every administrator view fits a phone (390x844): a wide table scrolls inside itself,
 * never the whole page.
 */
class AdminLayoutIT extends BrowserTestBase {

    /** The text of every cell of {@code grid} whose content is wider than the cell, so it is cut off. */
    private static final String CUT_OFF_CELLS = """
            return Array.from(arguments[0].querySelectorAll('vaadin-grid-cell-content'))
                .filter(cell => cell.textContent.trim() && cell.scrollWidth > cell.clientWidth)
                .map(cell => cell.textContent.trim());
            """;

    /** True if the grid's columns are wider than the grid, so that it scrolls sideways. */
    private static final String SCROLLS_SIDEWAYS = """
            const table = arguments[0].shadowRoot.querySelector('#table');
            return table.scrollWidth > table.clientWidth;
            """;

    @BeforeEach
    void signedInAsAdministrator() {
        page.signIn("admin", PASSWORD);
        page.awaitHeading(DemoHome.ADMIN.heading);
    }

    @Test
    void users_table_shows_every_column_in_full_on_a_laptop() {
        page.open("admin/users");
        page.awaitHeading("Users");
        var grid = page.driver().findElement(By.cssSelector("main vaadin-grid"));

        assertThat(cellTexts(grid)).contains("hannah@demo.sourcework.org", "Administrator");
        assertThat(cutOff(grid)).as("cells whose text is cut off").isEmpty();
        assertThat(page.script(SCROLLS_SIDEWAYS, grid))
                .as("the users table scrolls sideways")
                .isEqualTo(false);
    }

    @Test
    void audit_log_shows_every_entry_in_full_on_a_laptop() {
        page.open("admin/audit");
        page.awaitHeading("Audit log");
        var grid = page.driver().findElement(By.cssSelector("main vaadin-grid"));

        assertThat(cellTexts(grid))
                .as("the entries shown, in words with names")
                // whoever acted last (other tests share the server): a person or Sourcework, named, then a verb
                .anyMatch(text -> text.matches(
                        "(Sourcework|\\p{Lu}\\p{L}+ \\p{Lu}\\p{L}+) (created|enrolled|added|assigned|released|imported"
                                + "|moved|removed|changed|withdrew|gave) .+"))
                .noneMatch(text -> text.contains("username=") || text.contains("user.created"));
        assertThat(cutOff(grid)).as("cells whose text is cut off").isEmpty();
    }

    @Test
    void import_dry_run_shows_what_will_happen_in_full_on_a_laptop() {
        page.open("admin/import");
        page.awaitHeading("Import roster");

        var grid = RosterUpload.dryRun(page, AdminAccessibilityIT.ROSTER);

        assertThat(cutOff(grid)).as("cells whose text is cut off").isEmpty();
        assertThat(page.script(SCROLLS_SIDEWAYS, grid))
                .as("the dry-run table scrolls sideways")
                .isEqualTo(false);
        var outcome =
                grid.findElement(By.xpath(".//vaadin-grid-cell-content[normalize-space(.)='Create account, Enrol']"));
        assertThat(lines(outcome)).as("lines taken by 'Create account, Enrol'").isEqualTo(1);
    }

    @Test
    void import_problems_are_listed_in_the_body_font_with_their_row_and_column_set_apart() {
        page.open("admin/import");
        page.awaitHeading("Import roster");

        RosterUpload.dryRun(page, AdminAccessibilityIT.ROSTER);

        var problem = page.driver().findElement(By.cssSelector(".import-problems li"));
        assertThat(problem.getText()).startsWith("Row 3, column ‘email’:");
        assertThat(problem.getCssValue("font-family"))
                .doesNotContainIgnoringCase("monospace")
                .isEqualTo(page.driver().findElement(By.cssSelector("main p")).getCssValue("font-family"));
        var location = problem.findElement(By.cssSelector(".problem-location"));
        assertThat(location.getText()).isEqualTo("Row 3, column ‘email’:");
        assertThat(location.getCssValue("font-weight")).isEqualTo("600");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "admin,          Overview",
        "admin/users,    Users",
        "admin/classes,  Classes",
        "admin/import,   Import roster",
        "admin/audit,    Audit log",
        "admin/lessons,  Lessons"
    })
    void administrator_view_fits_a_phone(String path, String heading) {
        page.resize(390, 844);
        page.open(path);
        page.awaitHeading(heading);
        if (path.equals("admin/import")) {
            RosterUpload.dryRun(page, AdminAccessibilityIT.ROSTER);
        }

        assertThat((Long) page.script("return document.documentElement.scrollWidth"))
                .as("page width (scrollWidth) against the screen (clientWidth)")
                .isLessThanOrEqualTo((Long) page.script("return document.documentElement.clientWidth"));
        assertThat(widerThanScreen())
                .as("elements that reach past the right edge of the screen")
                .isEmpty();
    }

    /** The text of every cell the grid has rendered, whether or not it is scrolled into view. */
    @SuppressWarnings("unchecked")
    private List<String> cellTexts(WebElement grid) {
        return (List<String>) page.script("""
                return Array.from(arguments[0].querySelectorAll('vaadin-grid-cell-content'))
                    .map(cell => cell.textContent.trim());
                """, grid);
    }

    @SuppressWarnings("unchecked")
    private List<String> cutOff(WebElement grid) {
        return (List<String>) page.script(CUT_OFF_CELLS, grid);
    }

    private long lines(WebElement cell) {
        return (Long) page.script("""
                const style = getComputedStyle(arguments[0]);
                const text = arguments[0].getBoundingClientRect().height - parseFloat(style.paddingTop)
                    - parseFloat(style.paddingBottom);
                return Math.round(text / parseFloat(style.lineHeight));
                """, cell);
    }

    /**
     * Elements in main that end beyond the screen's right edge, outside any box that scrolls or clips
     * them; a grid's cells may, as its table scrolls. The app layout scrolls its content in its shadow
     * DOM, so the page's own width alone would not show it.
     */
    @SuppressWarnings("unchecked")
    private List<String> widerThanScreen() {
        return (List<String>) page.script("""
                const width = document.documentElement.clientWidth;
                const clipped = element => {
                  for (let e = element.parentElement; e && e.tagName !== 'MAIN'; e = e.parentElement) {
                    if (getComputedStyle(e).overflowX !== 'visible') { return true; }
                  }
                  return false;
                };
                return Array.from(document.querySelectorAll('main *'))
                  .filter(e => !e.parentElement.closest('vaadin-grid'))
                  .filter(e => e.getBoundingClientRect().right > width + 0.5 && !clipped(e))
                  .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
                    + ' ends at ' + Math.round(e.getBoundingClientRect().right));
                """);
    }
}
