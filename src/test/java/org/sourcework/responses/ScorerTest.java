package org.sourcework.responses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcework.lessons.Categorisation;
import org.sourcework.lessons.Categorisation.Category;
import org.sourcework.lessons.Categorisation.Statement;
import org.sourcework.lessons.Evidence;
import org.sourcework.lessons.EvidenceKey;
import org.sourcework.lessons.MultipleChoice;
import org.sourcework.lessons.Option;
import org.sourcework.lessons.ShortText;
import org.sourcework.lessons.SingleChoice;
import org.sourcework.lessons.Skill;
import org.sourcework.responses.AnswerValue.CategorisationAnswer;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;
import org.sourcework.responses.AnswerValue.EvidenceAnswer;
import org.sourcework.responses.AnswerValue.TextAnswer;

/** The scoring rules on small hand-made questions. */
class ScorerTest {

    private static final List<Option> OPTIONS = List.of(
            new Option("a", "A", true, null),
            new Option("b", "B", false, null),
            new Option("c", "C", true, null),
            new Option("d", "D", false, null));

    private static final SingleChoice SINGLE = new SingleChoice(
            "single",
            "I",
            Skill.SOURCING,
            2,
            "Which?",
            List.of(new Option("a", "A", false, null), new Option("b", "B", true, null)),
            List.of());

    private static final MultipleChoice MULTIPLE =
            new MultipleChoice("multiple", "I", Skill.SOURCING, 3, "Which?", OPTIONS, List.of());

    private static final Evidence EVIDENCE = new Evidence(
            "evidence",
            "I",
            Skill.CLOSE_READING,
            2,
            "Choose",
            "A claim",
            1,
            2,
            List.of(new EvidenceKey("second", 2), new EvidenceKey("fourth", 4)),
            "Why",
            List.of());

    private static final Categorisation SORT = new Categorisation(
            "sort",
            "III",
            Skill.CLOSE_READING,
            2,
            "Sort",
            List.of(new Category("inside", "Inside"), new Category("outside", "Outside")),
            List.of(
                    new Statement("s1", "One", "inside"),
                    new Statement("s2", "Two", "outside"),
                    new Statement("s3", "Three", "inside")),
            "Why",
            List.of());

    private static ChoiceAnswer choose(String... ids) {
        return new ChoiceAnswer(List.of(ids));
    }

    @Test
    void single_choice_is_all_or_nothing() {
        assertThat(Scorer.score(SINGLE, choose("b"))).isEqualTo("2.00");
        assertThat(Scorer.score(SINGLE, choose("a"))).isEqualTo("0.00");
        assertThat(Scorer.score(SINGLE, choose())).isEqualTo("0.00");
    }

    @Test
    void multiple_choice_needs_exactly_the_correct_options_in_any_order() {
        assertThat(Scorer.score(MULTIPLE, choose("c", "a"))).isEqualTo("3.00");
        assertThat(Scorer.score(MULTIPLE, choose("a"))).isEqualTo("0.00");
        assertThat(Scorer.score(MULTIPLE, choose("a", "b", "c"))).isEqualTo("0.00");
        assertThat(Scorer.score(MULTIPLE, choose("a", "b", "c", "d"))).isEqualTo("0.00");
    }

    @Test
    void evidence_scores_when_the_choice_is_not_empty_and_holds_only_key_sentences() {
        assertThat(Scorer.score(EVIDENCE, new EvidenceAnswer(List.of(4)))).isEqualTo("2.00");
        assertThat(Scorer.score(EVIDENCE, new EvidenceAnswer(List.of(2, 4)))).isEqualTo("2.00");
        assertThat(Scorer.score(EVIDENCE, new EvidenceAnswer(List.of(2, 3)))).isEqualTo("0.00");
        assertThat(Scorer.score(EVIDENCE, new EvidenceAnswer(List.of()))).isEqualTo("0.00");
    }

    @Test
    void categorisation_scores_the_share_placed_right_rounded_to_two_decimals() {
        assertThat(Scorer.score(
                        SORT, new CategorisationAnswer(Map.of("s1", "inside", "s2", "outside", "s3", "inside"))))
                .isEqualTo("2.00");
        assertThat(Scorer.score(
                        SORT, new CategorisationAnswer(Map.of("s1", "inside", "s2", "outside", "s3", "outside"))))
                .isEqualTo("1.33");
        assertThat(Scorer.score(SORT, new CategorisationAnswer(Map.of("s1", "inside"))))
                .isEqualTo("0.67");
        assertThat(Scorer.score(SORT, new CategorisationAnswer(Map.of()))).isEqualTo("0.00");
    }

    @Test
    void written_answers_are_left_for_the_instructor() {
        var written = new ShortText("written", "I", Skill.SOURCING, 2, "Why?", 500, null, List.of(), List.of());

        assertThat(Scorer.score(written, new TextAnswer("Because"))).isNull();
    }
}
