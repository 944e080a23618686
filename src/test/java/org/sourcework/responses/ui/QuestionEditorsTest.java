package org.sourcework.responses.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcework.base.ui.ChoiceField;
import org.sourcework.lessons.ui.SourceText;
import org.sourcework.responses.AnswerValue.CategorisationAnswer;
import org.sourcework.responses.AnswerValue.EvidenceAnswer;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.responses.ResponseService;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.ChoiceClicks;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.Rendered;
import org.sourcework.support.RunAs;
import org.sourcework.support.SentenceClicks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Every kind of question can be answered with the keyboard-operable inputs, and says it is saved. */
@IntegrationTest
// rolled back after each test, so the demo students stay untouched for the other tests
@Transactional
@WithUserDetails("ben")
class QuestionEditorsTest extends SpringBrowserlessTest {

    @Autowired
    RunAs runAs;

    @Autowired
    RosterQueries roster;

    @Autowired
    ResponseService responses;

    private long assignment;

    @BeforeEach
    void findAssignment() {
        assignment = ReaderTestSupport.assignmentOf(runAs, roster, "ben");
    }

    private QuestionCard open(String page, String questionId) {
        navigate("lesson/" + assignment + (page.isEmpty() ? "" : "/" + page), ReaderView.class);
        return find(QuestionCard.class).id("question-" + questionId);
    }

    private static String status(QuestionCard card) {
        return Rendered.text(card.getChildren()
                .filter(SaveStatusLine.class::isInstance)
                .findFirst()
                .orElseThrow());
    }

    @Test
    void single_choice_saves_on_picking_and_explains_the_chosen_option_only_after_check() {
        var card = open("", "hn-who-for-whom");
        var group = find(ChoiceField.class, card).single();

        ChoiceClicks.check(group, group.choices().get(3).value());

        assertThat(status(card)).matches("✓? ?Saved at \\d{1,2}:\\d{2}.*");
        assertThat(Rendered.text(card)).doesNotContain("No. Bohlen had left Moscow");
        test(find(Button.class, card).withText("Check").single()).click();
        assertThat(Rendered.text(card)).contains("No. Bohlen had left Moscow");
    }

    @Test
    void multiple_choice_saves_every_chosen_option() {
        var card = open("", "hn-what-could-they-know");
        var group = find(ChoiceField.class, card).single();
        var choices = group.choices();

        ChoiceClicks.check(group, choices.get(0).value(), choices.get(2).value());

        assertThat(status(card)).contains("Saved at");
        assertThat(group.getValue()).hasSize(2);
    }

    @Test
    void short_text_saves_exactly_what_was_typed_with_a_counter() {
        var card = open("", "hn-predict");
        var area = find(TextArea.class, card).single();
        var typed = "He will say <script>alert('x')</script> Хрущёв 📜";

        test(area).setValue(typed);

        assertThat(status(card)).contains("Saved at");
        assertThat(area.getHelperText()).isEqualTo(typed.length() + " / 500");
        assertThat(area.getMaxLength()).isEqualTo(500);
        var stored =
                runAs.user("ben", () -> responses.open(assignment)).answers().get("hn-predict");
        assertThat(stored.value()).isEqualTo(new TextAnswer(typed));
    }

    @Test
    void evidence_is_chosen_from_the_list_or_by_clicking_the_sentence_and_is_highlighted() {
        var card = open("I", "i-evidence-preserved");
        var group = find(ChoiceField.class, card).single();
        var source = find(SourceText.class).single();
        assertThat(source.hasClassName("numbered")).isTrue();

        ChoiceClicks.check(group, "2");
        assertThat(status(card)).contains("Saved at");
        assertThat(source.highlighted()).containsExactly(2);

        assertThat(Rendered.of(source).select(".sentence[data-sentence=3]")).hasSize(1);
        SentenceClicks.click(source, 3);

        assertThat(group.getValue()).containsExactly("3");
        assertThat(source.highlighted()).containsExactly(3);
        var stored =
                runAs.user("ben", () -> responses.open(assignment)).answers().get("i-evidence-preserved");
        assertThat(stored.value()).isEqualTo(new EvidenceAnswer(java.util.List.of(3)));
    }

    @Test
    void categorisation_puts_each_statement_into_a_category_by_choosing_a_cell_of_its_row() {
        var card = open("III", "iii-sort-motives");
        var statements = SortGridRows.statements(card);
        assertThat(statements).hasSize(14);

        SortGridRows.choose(card, statements.getFirst(), "compulsions");
        SortGridRows.choose(card, statements.getLast(), "external");
        SortGridRows.choose(card, "invented", "external");

        assertThat(status(card)).contains("Saved at");
        var stored =
                runAs.user("ben", () -> responses.open(assignment)).answers().get("iii-sort-motives");
        assertThat(stored.score()).isNotNull();
        assertThat(((CategorisationAnswer) stored.value()).placements())
                .containsExactly(
                        Map.entry(statements.getFirst(), "compulsions"), Map.entry(statements.getLast(), "external"));
    }

    @Test
    void claim_evidence_reasoning_saves_its_three_labelled_fields() {
        var card = open("IV", "iv-cer-threat");
        var fields = find(TextArea.class, card).all();
        assertThat(fields).extracting(TextArea::getLabel).containsExactly("Claim", "Evidence", "Reasoning");
        assertThat(fields.get(1).getHelperText()).contains("S4");

        test(fields.get(0)).setValue("No less of a challenge.");
        test(fields.get(1)).setValue("S2: \"does not in any way represent lessened hostility\"");

        assertThat(status(card)).contains("Saved at");
        assertThat(find(SourceText.class).single().hasClassName("numbered")).isTrue();
    }

    @Test
    void extended_text_saves_and_the_page_status_says_all_is_saved() {
        var card = open("summary", "sum-final-task");
        var area = find(TextArea.class, card).single();

        test(area).setValue("The telegram tells a historian two things.");

        assertThat(status(card)).contains("Saved at");
        assertThat(area.getMaxLength()).isEqualTo(5000);
        assertThat(Rendered.text(find(PageSaveStatus.class).single())).startsWith("All changes saved at");
    }
}
