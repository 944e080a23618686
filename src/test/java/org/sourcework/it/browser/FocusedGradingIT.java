package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Focused grading in a real browser, over the demo's sample class: one answer with the passage and
 * the rubric beside it, and Alt+↓ moving to the next student. Keeps its screenshot in
 * docs/screenshots current. Only reads: nothing here changes the sample class.
 */
class FocusedGradingIT extends BrowserTestBase {

    private String position() {
        return page.driver().findElement(By.id("focus-position")).getText();
    }

    @Test
    void one_answer_at_a_time_shows_the_passage_and_moves_by_keyboard() throws IOException {
        var review = new ReviewPages(page);
        page.signIn(ReviewPages.INSTRUCTOR, PASSWORD);
        var assignment = review.reviewLinkOf(ReviewPages.SAMPLE_CLASS);
        page.resize(1280, 800);
        review.openQuestion(assignment, "iv-cer-threat");

        review.click(page.driver().findElement(By.id("toggle-focus")));
        page.waitFor()
                .until(driver -> !driver.findElements(By.id("focus-position")).isEmpty());

        assertThat(page.driver().findElements(By.cssSelector(".feedback-editor")))
                .hasSize(1);
        assertThat(page.driver().findElement(By.cssSelector(".source-pane")).isDisplayed())
                .as("the passage beside the answer")
                .isTrue();
        assertThat(position()).startsWith("Student 1 of ");
        new Screenshots(page).fromTop("review-focused-1280.png", 1280, 800);

        review.click(page.driver().findElement(By.id("next-student")));
        page.waitFor().until(driver -> position().startsWith("Student 2 of "));

        page.script("document.querySelector('.feedback-editor').focus()");
        new Actions(page.driver())
                .keyDown(Keys.ALT)
                .sendKeys(Keys.ARROW_DOWN)
                .keyUp(Keys.ALT)
                .perform();
        page.waitFor().until(driver -> position().startsWith("Student 3 of "));
    }
}
