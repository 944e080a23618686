package org.sourcework.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The instructor's review screens and the student's feedback, as a test drives them. */
class ReviewPages {

    /** Sample class of the demo data, taught by hughes, with work already done. */
    static final String SAMPLE_CLASS = "History 12C";

    static final String INSTRUCTOR = "hughes";

    private final AppPage page;

    ReviewPages(AppPage page) {
        this.page = page;
    }

    /** From the instructor's home: the review link of a class's first lesson; returns its assignment id. */
    long reviewLinkOf(String className) {
        page.awaitHeading("My classes");
        var link = page.driver()
                .findElement(By.xpath(
                        "//*[contains(concat(' ', normalize-space(@class), ' '), ' class-card ')][.//h2[normalize-space(.)='"
                                + className + "']]//a[contains(@href,'review/')]"));
        var href = link.getAttribute("href");
        return Long.parseLong(href.replaceAll("^.*review/(\\d+).*$", "$1"));
    }

    void openOverview(long assignment) {
        page.open("review/" + assignment);
        awaitOverview();
    }

    void awaitOverview() {
        page.waitFor().until(driver -> !((List<?>) page.script(CELLS)).isEmpty());
        page.waitForVaadin();
    }

    /** The text of every cell in the overview row of the student named {@code name}, or an empty list. */
    @SuppressWarnings("unchecked")
    List<String> rowOf(String name) {
        return (List<String>) page.script("""
                const grid = document.getElementById('overview-grid');
                if (!grid) { return []; }
                const cell = [...grid.querySelectorAll('vaadin-grid-cell-content')]
                    .find(c => c.textContent.includes(arguments[0]));
                if (!cell || !cell.assignedSlot) { return []; }
                const row = cell.assignedSlot.closest('tr');
                return [...row.querySelectorAll('slot')].flatMap(s => s.assignedElements())
                    .map(e => e.textContent.trim());
                """, name);
    }

    private static final String CELLS = """
            const grid = document.getElementById('overview-grid');
            return grid ? [...grid.querySelectorAll('vaadin-grid-cell-content')].filter(c => c.textContent.trim())
                .map(c => c.textContent) : [];
            """;

    void openQuestion(long assignment, String questionId) {
        page.open("review/" + assignment + "/question/" + questionId);
        page.waitFor()
                .until(driver ->
                        !driver.findElements(By.cssSelector(".feedback-editor")).isEmpty());
        page.waitForVaadin();
    }

    WebElement editorOf(String username) {
        var editor = By.cssSelector(".feedback-editor[data-student='" + username + "']");
        // a card whose feedback is released is folded to its heading: open it, as an instructor would
        var folded = page.driver()
                .findElement(editor)
                .findElements(By.xpath(
                        "ancestor-or-self::*[contains(concat(' ', normalize-space(@class), ' '), ' folded ')][1]"));
        if (!folded.isEmpty()) {
            click(folded.getFirst().findElement(By.cssSelector(".fold-feedback")));
            page.waitFor()
                    .until(driver -> !driver.findElement(editor)
                            .findElements(By.cssSelector(".feedback-comment textarea"))
                            .isEmpty());
        }
        return page.driver().findElement(editor);
    }

    /** Chooses the highest level of every rubric criterion in the editor. */
    void topLevels(WebElement editor) {
        for (var criterion : editor.findElements(By.cssSelector(".rubric-criterion"))) {
            var levels = criterion.findElements(By.cssSelector("vaadin-radio-button"));
            click(levels.getLast().findElement(By.cssSelector("input")));
        }
    }

    /** Inserts the first comment of the editor's comment bank; returns its text. */
    String insertFirstBankComment(WebElement editor) {
        var comment = editor.findElement(By.cssSelector(".bank-comment"));
        var text = comment.findElement(By.cssSelector(".bank-text")).getText().strip();
        click(comment);
        return text;
    }

    String comment(WebElement editor) {
        return (String) page.script("return arguments[0].querySelector('.feedback-comment textarea').value", editor);
    }

    /** The feedback state shown beside a student's answer: none, draft, unread or read. */
    String feedbackState(String displayName) {
        return (String) page.script("""
                const title = [...document.querySelectorAll('.feedback-editor-title')]
                    .find(t => t.textContent.trim() === arguments[0]);
                let box = title;
                while (box && !box.querySelector('.feedback-state')) { box = box.parentElement; }
                return box ? box.querySelector('.feedback-state').getAttribute('data-state') : null;
                """, displayName);
    }

    void awaitSaved(WebElement editor) {
        page.waitFor().until(driver -> editor.getText().contains("Saved at"));
    }

    /** Releases every draft on the shown question, through its confirmation. */
    void releaseQuestion() {
        click(page.driver().findElement(By.id("release-question")));
        var dialog = page.waitFor()
                .until(driver -> driver.findElements(By.cssSelector("vaadin-confirm-dialog[opened]")).stream()
                        .findFirst()
                        .orElse(null));
        var confirm = dialog.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(button -> button.getText().strip().startsWith("Release"))
                .findFirst()
                .orElseThrow();
        confirm.click();
        page.waitFor()
                .until(driver -> driver.findElements(By.cssSelector("vaadin-confirm-dialog[opened]"))
                        .isEmpty());
        page.waitForVaadin();
    }

    void click(WebElement element) {
        page.script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        page.waitForVaadin();
    }
}
