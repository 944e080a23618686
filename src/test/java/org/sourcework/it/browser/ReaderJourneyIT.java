package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A student works through the telegram lesson in a real browser: one answer of every kind, each
 * saved and still there, exactly as typed, after a reload; then the lesson is submitted and
 * becomes read-only.
 */
class ReaderJourneyIT extends BrowserTestBase {

    private static final String STUDENT = "chloe";

    private static final String PREDICTION =
            "He will blame <b>bold</b> Хрущёв & co. for \"softness\"; <i>not</i> Stalin.";
    private static final String CLAIM = "The Soviet Union was no less of a challenge.";
    private static final String EVIDENCE = "S2: “no sign of intent to move back from these borders”; S4.";
    private static final String REASONING = "Competition changed its form <script>alert(1)</script>, not its aim.";
    private static final String FINAL_TASK = """
            The telegram shows what the embassy thought, not what the Presidium said.
            It is strong on public events and weak on private motives.""";

    /** The categorisation answer key, in the order of the statements. */
    private static final List<String> SORTING = List.of(
            "Internal compulsions",
            "Internal compulsions",
            "Internal compulsions",
            "Internal compulsions",
            "Internal compulsions",
            "Internal purposes",
            "Internal purposes",
            "Internal purposes",
            "External factors",
            "External factors",
            "External factors",
            "External factors",
            "Not in the telegram",
            "Not in the telegram");

    private LessonReader reader;

    @BeforeEach
    void reader() {
        reader = new LessonReader(page);
    }

    @Test
    void student_answers_every_kind_of_question_finds_each_answer_after_reload_and_submits() {
        page.signIn(STUDENT, PASSWORD);
        page.awaitHeading("My lessons");
        long lesson = reader.openFromHome();
        assertThat(page.path()).as("the lesson opens on its start page").isEqualTo("/lesson/" + lesson);

        answerBeforeReading();
        reader.reload();
        assertBeforeReadingAnswers();

        reader.go("III");
        for (int statement = 0; statement < SORTING.size(); statement++) {
            reader.sort("iii-sort-motives", statement, SORTING.get(statement));
        }
        reader.awaitSaved("iii-sort-motives");
        reader.reload();
        assertThat(sorting()).as("the categories after a reload").isEqualTo(SORTING);

        reader.go("III.B");
        // the run-in label "External factors." is a heading, so the key sentence is sentence 3
        reader.click(reader.sentence(3));
        reader.awaitSaved("iiib-evidence-fear");
        assertThat(reader.chosen("iiib-evidence-fear"))
                .singleElement()
                .asString()
                .startsWith("Sentence 3:");
        reader.reload();
        assertThat(reader.highlightedSentences())
                .as("sentences highlighted after a reload")
                .containsExactly(3);
        assertThat(reader.chosen("iiib-evidence-fear"))
                .singleElement()
                .asString()
                .startsWith("Sentence 3:");

        reader.go("IV");
        reader.type("iv-cer-threat", 0, CLAIM);
        reader.type("iv-cer-threat", 1, EVIDENCE);
        reader.type("iv-cer-threat", 2, REASONING);
        reader.click(reader.question("iv-cer-threat").findElement(By.cssSelector(".question-prompt")));
        reader.awaitSaved("iv-cer-threat");
        reader.reload();
        assertThat(List.of(
                        reader.text("iv-cer-threat", 0),
                        reader.text("iv-cer-threat", 1),
                        reader.text("iv-cer-threat", 2)))
                .as("claim, evidence and reasoning after a reload")
                .containsExactly(CLAIM, EVIDENCE, REASONING);

        reader.go("summary");
        reader.type("sum-final-task", 0, FINAL_TASK);
        reader.awaitSaved("sum-final-task");
        reader.reload();
        assertThat(reader.text("sum-final-task", 0))
                .as("the extended answer after a reload")
                .isEqualTo(FINAL_TASK);
        assertThat(reader.progress()).startsWith("7 of ");

        submitWithUnansweredQuestions();

        assertReadOnly();
    }

    private void answerBeforeReading() {
        reader.choose("hn-who-for-whom", "The U.S. Embassy in Moscow");
        reader.awaitSaved("hn-who-for-whom");
        reader.check("hn-who-for-whom");
        reader.choose("hn-what-could-they-know", "Second-hand accounts of a closed-session speech");
        reader.choose("hn-what-could-they-know", "Public events and the Soviet press");
        reader.awaitSaved("hn-what-could-they-know");
        reader.type("hn-predict", 0, PREDICTION);
        reader.awaitSaved("hn-predict");
    }

    private void assertBeforeReadingAnswers() {
        // the options are markup (ChoiceField): the group is still named by its question's prompt
        assertThat(reader.question("hn-who-for-whom")
                        .findElement(By.cssSelector("vaadin-radio-group"))
                        .getDomAttribute("aria-labelledby"))
                .as("the choice's accessible name")
                .contains("prompt-hn-who-for-whom");
        assertThat(reader.chosen("hn-who-for-whom"))
                .singleElement()
                .asString()
                .startsWith("The U.S. Embassy in Moscow");
        assertThat(reader.question("hn-who-for-whom")
                        .findElement(By.cssSelector(".choice-feedback"))
                        .getText())
                .as("the explanation of the checked option")
                .startsWith("Yes.");
        assertThat(reader.chosen("hn-what-could-they-know"))
                .hasSize(2)
                .anySatisfy(label -> assertThat(label).startsWith("Second-hand accounts of a closed-session speech"))
                .anySatisfy(label -> assertThat(label).startsWith("Public events and the Soviet press"));
        assertThat(reader.text("hn-predict", 0))
                .as("the short answer, character for character")
                .isEqualTo(PREDICTION);
        assertThat(reader.question("hn-predict").findElements(By.cssSelector("b, i")))
                .as("markup typed by the student is never rendered as markup")
                .isEmpty();
        assertThat(reader.saveStatus("hn-predict")).startsWith("Saved at ");
    }

    private List<String> sorting() {
        return IntStream.range(0, SORTING.size())
                .mapToObj(statement -> reader.sortedAs("iii-sort-motives", statement))
                .toList();
    }

    private void submitWithUnansweredQuestions() {
        reader.click(page.driver().findElement(By.cssSelector(".header-submit")));
        var dialog = page.waitFor()
                .until(driver -> driver.findElements(By.cssSelector("vaadin-confirm-dialog[opened]")).stream()
                        .findFirst()
                        .orElse(null));
        var questionCount = Integer.parseInt(reader.progress().replaceAll("^7 of (\\d+) .*$", "$1"));
        @SuppressWarnings("unchecked")
        var unanswered = (List<String>) page.script(
                "return Array.from(arguments[0].querySelectorAll("
                        + "'.unanswered-list li')).map(item => item.textContent)",
                dialog);
        assertThat(unanswered)
                .as("the questions the confirmation lists as unanswered")
                .hasSize(questionCount - 7)
                .anySatisfy(item -> assertThat(item).startsWith("[Opening]: "))
                .noneSatisfy(item -> assertThat(item).contains("Who sent this telegram"))
                .noneSatisfy(item -> assertThat(item).contains("Final task"));
        var submitAnyway = dialog.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(button -> button.getText().strip().equals("Submit anyway"))
                .findFirst()
                .orElseThrow();
        submitAnyway.click();
        page.waitFor()
                .until(driver -> driver.findElements(By.cssSelector("vaadin-confirm-dialog[opened]"))
                        .isEmpty());
        page.waitForVaadin();
    }

    private void assertReadOnly() {
        var banner = page.driver().findElement(By.cssSelector(".submitted-banner .submitted-headline"));
        assertThat(banner.getText()).startsWith("Submitted on ");
        assertThat(page.driver().findElements(By.cssSelector(".header-submit")))
                .as("Submit button")
                .isEmpty();
        assertReadOnly(reader.textAreas("sum-final-task").getFirst());
        assertThat(reader.text("sum-final-task", 0)).isEqualTo(FINAL_TASK);

        reader.go(LessonReader.START_PAGE);
        assertThat(page.driver()
                        .findElement(By.cssSelector(".submitted-banner"))
                        .getText())
                .startsWith("Submitted on ");
        assertThat(reader.question("hn-who-for-whom")
                        .findElement(By.cssSelector("vaadin-radio-group"))
                        .getDomAttribute("readonly"))
                .as("single choice read-only")
                .isNotNull();
        assertThat(reader.question("hn-what-could-they-know")
                        .findElement(By.cssSelector("vaadin-checkbox-group"))
                        .getDomAttribute("readonly"))
                .as("multiple choice read-only")
                .isNotNull();
        assertReadOnly(reader.textAreas("hn-predict").getFirst());
        assertThat(reader.text("hn-predict", 0)).isEqualTo(PREDICTION);

        reader.go("III");
        assertThat(reader.statements("iii-sort-motives"))
                .allSatisfy(row -> assertThat(row.findElements(By.cssSelector("input")))
                        .allSatisfy(radio -> assertThat(radio.isEnabled()).isFalse()));

        reader.go("III.B");
        reader.click(reader.sentence(2));
        page.waitForVaadin();
        assertThat(reader.highlightedSentences())
                .as("a click in the text changes nothing after submitting")
                .containsExactly(3);

        reader.go("IV");
        reader.textAreas("iv-cer-threat").forEach(this::assertReadOnly);

        page.open("my-lessons");
        page.awaitHeading("My lessons");
        assertThat(page.driver().findElement(By.cssSelector(".lesson-card")).getText())
                .contains("Submitted")
                .contains("Review");
    }

    private void assertReadOnly(WebElement textArea) {
        assertThat(textArea.getDomProperty("readOnly"))
                .as("text field read-only")
                .isEqualTo("true");
    }
}
