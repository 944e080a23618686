package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * Without a mouse: after signing in, only Tab, Space, the arrow keys and Enter (and typing the
 * address of a page) answer a choice, an evidence and a categorisation question, and the answers
 * are saved.
 */
class ReaderKeyboardIT extends BrowserTestBase {

    private static final String STUDENT = "daniel";

    private LessonReader reader;
    private Keyboard keyboard;

    @BeforeEach
    void readerAndKeyboard() {
        reader = new LessonReader(page);
        keyboard = new Keyboard(page);
    }

    @Test
    void student_answers_choice_evidence_and_categorisation_questions_with_the_keyboard_alone() {
        page.signIn(STUDENT, PASSWORD);
        page.awaitHeading("My lessons");
        keyboard.tabTo(".lesson-card vaadin-button");
        keyboard.press(Keys.ENTER);
        page.waitFor().until(driver -> page.path().startsWith("/lesson/"));
        reader.awaitPage();
        long lesson = reader.assignmentId();

        // a choice: Tab into the group lands on its first option, Space chooses it
        keyboard.tabTo("#question-hn-who-for-whom input[type=radio]");
        keyboard.press(Keys.SPACE);
        reader.awaitSaved("hn-who-for-whom");

        // categorisation: the section strip and then each statement's row of the grid are reachable by Tab
        reader.open(lesson, "III");
        keyboard.tabTo(".section-list a.section-link[aria-current=page]");
        sortWithKeys(0, 1);
        sortWithKeys(4, 2);
        sortWithKeys(8, 3);
        reader.awaitSaved("iii-sort-motives");

        // evidence: Tab into the list of sentences, the arrow keys move the choice to sentence 4
        reader.open(lesson, "III.B");
        keyboard.tabTo("#question-iiib-evidence-fear input[type=radio]");
        keyboard.press(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        reader.awaitSaved("iiib-evidence-fear");
        assertThat(reader.highlightedSentences())
                .as("the chosen sentence is highlighted in the text")
                .containsExactly(4);

        reader.reload();
        assertThat(reader.chosen("iiib-evidence-fear"))
                .singleElement()
                .asString()
                .startsWith("Sentence 4:");
        assertThat(reader.highlightedSentences()).containsExactly(4);
        reader.open(lesson, "III");
        assertThat(List.of(
                        reader.sortedAs("iii-sort-motives", 0),
                        reader.sortedAs("iii-sort-motives", 4),
                        reader.sortedAs("iii-sort-motives", 8),
                        reader.sortedAs("iii-sort-motives", 1)))
                .containsExactly("Internal compulsions", "Internal purposes", "External factors", "Not sorted yet");
        reader.open(lesson, LessonReader.START_PAGE);
        assertThat(reader.chosen("hn-who-for-whom"))
                .singleElement()
                .asString()
                .startsWith("The U.S. Embassy in Moscow");
        assertThat(reader.saveStatus("hn-who-for-whom")).startsWith("Saved at ");
    }

    /**
     * Tab to a statement's row of the grid (Tab stops once per row), then the right arrow key moves
     * along the row to the category, choosing it as it goes, as native radio buttons do.
     */
    private void sortWithKeys(int statement, int categoryPosition) {
        var row = "#question-iii-sort-motives .sort-grid tbody tr:nth-child(" + (statement + 1) + ")";
        keyboard.tabTo(row + " input[type=radio]");
        keyboard.press(Keys.SPACE);
        for (int i = 1; i < categoryPosition; i++) {
            keyboard.press(Keys.ARROW_RIGHT);
        }
        page.waitForVaadin();
        assertThat(keyboard.focusIsOn(row + " td:nth-of-type(" + categoryPosition + ") input:checked"))
                .as("the chosen cell has the focus")
                .isTrue();
    }
}
