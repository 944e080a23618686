package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A due date picked without a time is the end of that day, not the minute it was picked. */
class DueDateIT extends BrowserTestBase {

    private WebElement openClass(String name) {
        page.open("admin/classes");
        page.awaitHeading("Classes");
        page.waitFor().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-grid-cell-content[normalize-space(.)='" + name + "']"))).click();
        var dialog = page.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "vaadin-dialog-overlay .assigned-lessons, vaadin-dialog .assigned-lessons")));
        page.waitForVaadin();
        return dialog;
    }

    @Test
    void a_due_date_picked_without_a_time_is_due_at_23_59_and_is_saved_so() {
        page.signIn("admin", PASSWORD);
        page.awaitHeading(DemoHome.ADMIN.heading);
        var lessons = openClass("History 11B");
        var picker = lessons.findElement(By.cssSelector(".assigned-lesson vaadin-date-time-picker"));

        picker.findElement(By.cssSelector("[slot=date-picker] input")).sendKeys("12/18/2026", Keys.ENTER, Keys.TAB);
        page.waitForVaadin();

        assertThat(page.script("return arguments[0].querySelector('[slot=time-picker]').value", picker))
                .as("the time filled in").isEqualTo("23:59");
        assertThat(page.script("return arguments[0].value", picker)).isEqualTo("2026-12-18T23:59");

        lessons.findElement(By.xpath(".//vaadin-button[normalize-space(.)='Save due date']")).click();
        page.waitForVaadin();
        page.open("admin/classes");
        var reopened = openClass("History 11B");
        assertThat(page.script("return arguments[0].value",
                reopened.findElement(By.cssSelector(".assigned-lesson vaadin-date-time-picker"))))
                .as("the due date kept by the server").isEqualTo("2026-12-18T23:59");
    }
}
