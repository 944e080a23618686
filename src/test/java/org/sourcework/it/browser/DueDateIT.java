package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sourcework.roster.AssignedLesson;
import org.sourcework.roster.ClassAdminService;
import org.sourcework.roster.ClassFilter;
import org.sourcework.roster.ClassRosterService;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;

/** A due date typed without a time is the end of that day in the browser's time zone, not the minute it was typed. */
class DueDateIT extends BrowserTestBase {

    // far from the server's zone, so a due time read in the server's zone would show
    private static final String BROWSER_ZONE = "Pacific/Auckland";

    @Autowired
    ClassAdminService classes;

    @Autowired
    ClassRosterService roster;

    @Autowired
    RunAs runAs;

    private WebElement openClass(String name) {
        page.open("admin/classes");
        page.awaitHeading("Classes");
        page.waitFor()
                .until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + name + "']")))
                .click();
        var dialog = page.waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("vaadin-dialog-overlay .assigned-lessons, vaadin-dialog .assigned-lessons")));
        page.waitForVaadin();
        return dialog;
    }

    private AssignedLesson assigned(String className) {
        return runAs.user("admin", () -> {
            var row = classes.page(new ClassFilter(className, false), 0, 10).stream()
                    .filter(c -> c.name().equals(className))
                    .findFirst()
                    .orElseThrow();
            return classes.roster(row.id()).lessons().getFirst();
        });
    }

    @Test
    void a_due_date_typed_without_a_time_is_due_at_23_59_in_the_browsers_zone() {
        // the demo lesson is due at this minute a few weeks on; a saved time counts as chosen, so start without one
        runAs.user("admin", () -> roster.changeDueDate(assigned("History 11B").assignmentId(), null));
        ((HasCdp) page.driver()).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", BROWSER_ZONE));
        page.signIn("admin", PASSWORD);
        page.awaitHeading(DemoHome.ADMIN.heading);
        var lessons = openClass("History 11B");
        var due = lessons.findElement(By.cssSelector(".assigned-lesson .due-date"));

        due.findElement(By.cssSelector("vaadin-date-picker input"))
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), "12/18/2026", Keys.ENTER, Keys.TAB);
        page.waitForVaadin();

        assertThat(page.script("return arguments[0].querySelector('vaadin-time-picker').value", due))
                .as("the time shown")
                .isEqualTo("23:59");
        lessons.findElement(By.xpath(".//vaadin-button[normalize-space(.)='Save due date']"))
                .click();
        page.waitForVaadin();
        assertThat(assigned("History 11B").dueAt())
                .as("the due date kept by the server")
                .isEqualTo(Instant.parse("2026-12-18T10:59:00Z"));

        var reopened = openClass("History 11B").findElement(By.cssSelector(".assigned-lesson .due-date"));
        assertThat(page.script(
                        "return [arguments[0].querySelector('vaadin-date-picker').value,"
                                + " arguments[0].querySelector('vaadin-time-picker').value]",
                        reopened))
                .isEqualTo(java.util.List.of("2026-12-18", "23:59"));
    }
}
