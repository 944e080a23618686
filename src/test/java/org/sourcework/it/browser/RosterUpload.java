package org.sourcework.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Drives admin/import: uploads a CSV through vaadin-upload's native file input and waits for the dry run. */
final class RosterUpload {

    private RosterUpload() {}

    /** Writes {@code csv} to a temporary file, uploads it and waits until the dry-run grid is shown. */
    static WebElement dryRun(AppPage page, String csv) {
        try {
            var file = Files.createTempFile("roster-", ".csv");
            file.toFile().deleteOnExit();
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            var input = (WebElement) page.script("""
                    const find = root => {
                        const input = root.querySelector('input[type=file]');
                        if (input) { return input; }
                        for (const element of root.querySelectorAll('*')) {
                            const found = element.shadowRoot && find(element.shadowRoot);
                            if (found) { return found; }
                        }
                        return null;
                    };
                    return find(document.querySelector('vaadin-upload'))
                        || find(document.querySelector('vaadin-upload').shadowRoot);
                    """);
            input.sendKeys(file.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var grid = page.waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-grid.import-plan")));
        page.waitForVaadin();
        return grid;
    }
}
