package org.sourcework.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What the browser tests do in the reader: open a page of a lesson, find a question's inputs by the
 * ids and classes the reader renders ({@code #question-<id>}, {@code .save-status}, {@code
 * data-sentence}), answer with the mouse, and wait until the answer is saved.
 */
final class LessonReader {

    static final String START_PAGE = "headnote";

    private final AppPage page;

    LessonReader(AppPage page) {
        this.page = page;
    }

    /** Presses the Start/Continue button of the only lesson card; returns the assignment id from the address. */
    long openFromHome() {
        click(page.driver().findElement(By.cssSelector(".lesson-card .card-actions vaadin-button")));
        page.waitFor().until(driver -> page.path().startsWith("/lesson/"));
        awaitPage();
        return assignmentId();
    }

    long assignmentId() {
        return Long.parseLong(page.path().split("/")[2]);
    }

    void open(long assignmentId, String pageId) {
        page.open("lesson/" + assignmentId + (START_PAGE.equals(pageId) ? "" : "/" + pageId));
        awaitPage();
    }

    /** Goes to another page of the lesson through the section list, as a student would. */
    void go(String pageId) {
        var href = "lesson/" + assignmentId() + (START_PAGE.equals(pageId) ? "" : "/" + pageId);
        click(page.driver().findElement(By.cssSelector(".section-list a.section-link[href='" + href + "']")));
        page.waitFor()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector(".section-list li.current a.section-link[href='" + href + "']")));
        awaitPage();
    }

    void reload() {
        page.driver().navigate().refresh();
        page.waitForVaadin();
        awaitPage();
    }

    void awaitPage() {
        page.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".reader-page")));
        page.waitForVaadin();
    }

    WebElement question(String questionId) {
        return page.driver().findElement(By.id("question-" + questionId));
    }

    /** The radio button or checkbox of a choice question whose label starts with {@code labelStart}. */
    WebElement option(String questionId, String labelStart) {
        return question(questionId).findElements(By.cssSelector("vaadin-radio-button, vaadin-checkbox")).stream()
                .filter(option -> option.getText().strip().startsWith(labelStart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no option \"" + labelStart + "\" in " + questionId));
    }

    void choose(String questionId, String labelStart) {
        click(option(questionId, labelStart));
        page.waitForVaadin();
    }

    /** Presses a choice question's Check button and waits until its explanations show. */
    void check(String questionId) {
        click(question(questionId).findElement(By.cssSelector("vaadin-button.check-answer")));
        page.waitFor()
                .until(driver -> !question(questionId)
                        .findElements(By.cssSelector(".choice-feedback p"))
                        .isEmpty());
        page.waitForVaadin();
    }

    /** The explanations a choice question shows, as their classes say: "right" or "wrong". */
    List<String> explanations(String questionId) {
        return question(questionId).findElements(By.cssSelector(".choice-feedback p")).stream()
                .filter(WebElement::isDisplayed)
                .map(p -> p.getDomAttribute("class"))
                .toList();
    }

    /** The labels of the chosen options, in order. */
    List<String> chosen(String questionId) {
        return question(questionId)
                .findElements(By.cssSelector("vaadin-radio-button[checked], vaadin-checkbox[checked]"))
                .stream()
                .map(option -> option.getText().strip())
                .toList();
    }

    List<WebElement> textAreas(String questionId) {
        return question(questionId).findElements(By.cssSelector("textarea"));
    }

    /** Types into a question's text field ({@code part} 0, or claim 0, evidence 1, reasoning 2), then leaves it. */
    void type(String questionId, int part, String text) {
        var area = textAreas(questionId).get(part);
        click(area);
        area.sendKeys(text);
    }

    /**
     * Adds text at the end of the answer. A click leaves the caret where it lands, which is inside a
     * text long enough to reach the middle of the field, so the caret is moved to the end first.
     */
    void append(String questionId, int part, String text) {
        var area = textAreas(questionId).get(part);
        click(area);
        area.sendKeys(Keys.chord(Keys.CONTROL, Keys.END) + text);
    }

    String text(String questionId, int part) {
        return textAreas(questionId).get(part).getDomProperty("value");
    }

    /** The rows of a categorisation grid, one per statement. */
    List<WebElement> statements(String questionId) {
        return question(questionId).findElements(By.cssSelector(".sort-grid tbody tr"));
    }

    /** Clicks the cell of a categorisation statement (0-based) under the category's column. */
    void sort(String questionId, int statement, String category) {
        var row = statements(questionId).get(statement);
        var cell = row.findElements(By.cssSelector("td label")).stream()
                .filter(label -> category.equals(label.findElement(By.cssSelector(".cell-name"))
                        .getDomProperty("textContent")
                        .strip()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no category \"" + category + "\""));
        click(cell);
        page.waitFor().until(driver -> category.equals(sortedAs(questionId, statement)));
        page.waitForVaadin();
    }

    /** The category a statement shows as chosen ("Not sorted yet" when none). */
    String sortedAs(String questionId, int statement) {
        return statements(questionId).get(statement).findElements(By.cssSelector("td label")).stream()
                .filter(label -> label.findElement(By.cssSelector("input")).isSelected())
                .map(label -> label.findElement(By.cssSelector(".cell-name"))
                        .getDomProperty("textContent")
                        .strip())
                .findFirst()
                .orElse("Not sorted yet");
    }

    WebElement sentence(int number) {
        return page.driver().findElement(By.cssSelector(".source-text .sentence[data-sentence='" + number + "']"));
    }

    /** The numbers of the sentences highlighted as chosen in the text. */
    List<Integer> highlightedSentences() {
        return page.driver().findElements(By.cssSelector(".source-text .sentence.chosen")).stream()
                .map(sentence -> Integer.valueOf(sentence.getDomAttribute("data-sentence")))
                .toList();
    }

    String saveStatus(String questionId) {
        return question(questionId)
                .findElement(By.cssSelector(".save-status-text"))
                .getText();
    }

    /** Waits until the question's status reads "Saved at …" and nothing typed is still on its way. */
    void awaitSaved(String questionId) {
        page.waitFor()
                .withMessage(() -> "question " + questionId + " to show \"Saved at\", but it shows \""
                        + saveStatus(questionId) + "\"")
                .until(driver -> {
                    var status = question(questionId).findElement(By.cssSelector(".save-status"));
                    return status.getDomAttribute("data-typing") == null
                            && saveStatus(questionId).startsWith("Saved at ");
                });
        page.waitForVaadin();
    }

    String progress() {
        return page.driver()
                .findElement(By.cssSelector(".reader-progress-text"))
                .getText();
    }

    /**
     * Scrolls the element to the middle of the screen and clicks there with the pointer, as a person
     * would. (WebDriver's own element click leaves an element below the fold of the app layout's
     * content area unscrolled and fails, and it takes the section strip, shown by CSS from a closed
     * {@code <details>}, for hidden.)
     */
    void click(WebElement element) {
        page.script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
        page.settle();
        new Actions(page.driver()).moveToElement(element).click().perform();
    }
}
