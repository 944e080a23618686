package org.sourcework.it.browser;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Keeps the pictures of the adapted text and the "Compare with" panel in docs/screenshots current,
 * on a laptop and a phone. A person looks at them; the test only proves they were taken. Lena
 * (sample class) is this test's own student.
 */
class SourcesScreenshotsIT extends BrowserTestBase {

    @Autowired
    RunAs runAs;

    @Autowired
    RosterQueries roster;

    @Test
    void original_and_adapted_side_by_side_and_the_compare_panel_are_photographed() throws IOException {
        var reader = new LessonReader(page);
        var screenshots = new Screenshots(page);
        page.signIn("lena", PASSWORD);
        page.awaitHeading("My lessons");
        long lesson = runAs.user("lena", () -> roster.myAssignments().getFirst().assignmentId());

        reader.open(lesson, "III.B");
        var both = page.driver().findElements(By.cssSelector(".reading-choice-options vaadin-radio-button")).stream()
                .filter(radio -> radio.getText().strip().equals("Both side by side"))
                .findFirst()
                .orElseThrow();
        reader.click(both);
        page.waitForVaadin();
        screenshots.atLaptopAndPhoneSize("reader-adapted");

        page.resize(1280, 800);
        reader.open(lesson, LessonReader.START_PAGE);
        var panel = page.driver().findElement(By.cssSelector(".compare-with"));
        page.script("arguments[0].scrollIntoView({block: 'start'})", panel);
        screenshots.asShown("reader-compare-1280.png", 1280, 800);
        page.resize(390, 844);
        page.waitForVaadin();
        page.script(
                "arguments[0].scrollIntoView({block: 'start'})",
                page.driver().findElement(By.cssSelector(".compare-with")));
        screenshots.asShown("reader-compare-390.png", 390, 844);
    }
}
