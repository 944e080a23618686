package org.sourcework.responses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcework.base.SaveOutcome.Saved;
import org.sourcework.lessons.Categorisation;
import org.sourcework.lessons.Evidence;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.MultipleChoice;
import org.sourcework.lessons.Option;
import org.sourcework.lessons.SingleChoice;
import org.sourcework.responses.AnswerValue.CategorisationAnswer;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;
import org.sourcework.responses.AnswerValue.EvidenceAnswer;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.sourcework.support.TelegramQuestions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Scores stored with choice, evidence and categorisation answers to the telegram lesson's questions. */
@IntegrationTest
@Transactional
class AutoScoringTest {

    @Autowired
    ResponseService responses;

    @Autowired
    RosterQueries roster;

    @Autowired
    RunAs runAs;

    private long assignment;
    private LessonContent content;

    @BeforeEach
    void openTheLesson() {
        assignment = runAs.user("amira", () -> roster.myAssignments().getFirst().assignmentId());
        content = runAs.user("amira", () -> responses.open(assignment)).content();
    }

    /** Saves as amira, replacing any earlier answer, and returns the stored score. */
    private BigDecimal score(String questionId, AnswerValue value) {
        return runAs.user("amira", () -> {
            var earlier = responses.open(assignment).answers().get(questionId);
            var result = responses.save(assignment, questionId, value, earlier == null ? null : earlier.version());
            assertThat(result).isInstanceOf(Saved.class);
            var saved = result.stored();
            assertThat(responses.open(assignment).answers().get(questionId)).isEqualTo(saved);
            return saved.score();
        });
    }

    private static List<String> ids(List<Option> options) {
        return options.stream().map(Option::id).toList();
    }

    @Test
    void single_choice_scores_its_points_for_the_correct_option_only() {
        var question = TelegramQuestions.first(content, SingleChoice.class);
        assertThat(question.points()).isEqualTo(1);
        var wrong = question.options().stream()
                .filter(option -> !option.correct())
                .findFirst()
                .orElseThrow();

        assertThat(score(
                        question.id(),
                        new ChoiceAnswer(List.of(question.correctOption().id()))))
                .isEqualTo("1.00");
        assertThat(score(question.id(), new ChoiceAnswer(List.of(wrong.id())))).isEqualTo("0.00");
        assertThat(score(question.id(), new ChoiceAnswer(List.of()))).isEqualTo("0.00");
    }

    @Test
    void single_choice_refuses_two_options() {
        var question = TelegramQuestions.first(content, SingleChoice.class);

        assertThatThrownBy(() -> score(
                        question.id(), new ChoiceAnswer(ids(question.options()).subList(0, 2))))
                .isInstanceOf(AnswerRejectedException.class)
                .hasMessage("Choose only one option.");
    }

    @Test
    void multiple_choice_scores_only_exactly_the_correct_set() {
        var question = TelegramQuestions.first(content, MultipleChoice.class);
        assertThat(question.points()).isEqualTo(2);
        var correct = ids(question.correctOptions());
        assertThat(correct).hasSizeGreaterThan(1);

        assertThat(score(question.id(), new ChoiceAnswer(correct.reversed()))).isEqualTo("2.00");
        assertThat(score(question.id(), new ChoiceAnswer(correct.subList(0, 1))))
                .as("too few")
                .isEqualTo("0.00");
        assertThat(score(question.id(), new ChoiceAnswer(ids(question.options()))))
                .as("all")
                .isEqualTo("0.00");
    }

    @Test
    void evidence_scores_when_every_chosen_sentence_is_a_key_sentence() {
        var question = TelegramQuestions.first(content, Evidence.class);
        assertThat(question.points()).isEqualTo(1);
        assertThat(question.maxSelect()).isEqualTo(1);
        var key = question.keySentences().getFirst();
        var notKey = key == 1 ? 2 : 1;

        assertThat(score(question.id(), new EvidenceAnswer(List.of(key)))).isEqualTo("1.00");
        assertThat(score(question.id(), new EvidenceAnswer(List.of(notKey)))).isEqualTo("0.00");
    }

    @Test
    void evidence_refuses_too_many_sentences_and_sentences_outside_the_section() {
        var question = TelegramQuestions.first(content, Evidence.class);
        var sentences = content.document()
                .section(question.sectionId())
                .orElseThrow()
                .sentences()
                .size();

        assertThatThrownBy(() -> score(question.id(), new EvidenceAnswer(List.of(1, 2))))
                .isInstanceOf(AnswerRejectedException.class)
                .hasMessage("Choose at most 1 sentence.");
        assertThatThrownBy(() -> score(question.id(), new EvidenceAnswer(List.of(sentences + 1))))
                .isInstanceOf(AnswerRejectedException.class)
                .hasMessage("Sentence " + (sentences + 1) + " is not part of this section.");
    }

    @Test
    void categorisation_scores_the_share_of_statements_placed_right() {
        var question = TelegramQuestions.first(content, Categorisation.class);
        assertThat(question.points()).isEqualTo(5);
        assertThat(question.statements()).hasSize(14);
        var categories =
                question.categories().stream().map(Categorisation.Category::id).toList();
        var halfRight = new LinkedHashMap<String, String>();
        IntStream.range(0, 14).forEach(i -> {
            var statement = question.statements().get(i);
            var wrong = categories.stream()
                    .filter(id -> !id.equals(statement.categoryId()))
                    .findFirst()
                    .orElseThrow();
            halfRight.put(statement.id(), i < 7 ? statement.categoryId() : wrong);
        });

        assertThat(score(question.id(), new CategorisationAnswer(halfRight)))
                .as("7 of 14 right")
                .isEqualTo("2.50");
        var fourPlaced = new LinkedHashMap<String, String>();
        question.statements().subList(0, 4).forEach(s -> fourPlaced.put(s.id(), s.categoryId()));
        assertThat(score(question.id(), new CategorisationAnswer(fourPlaced)))
                .as("unplaced count as wrong")
                .isEqualTo("1.43");
    }

    @Test
    void categorisation_refuses_an_unknown_category() {
        var question = TelegramQuestions.first(content, Categorisation.class);
        var statement = question.statements().getFirst().id();

        assertThatThrownBy(() -> score(question.id(), new CategorisationAnswer(Map.of(statement, "elsewhere"))))
                .isInstanceOf(AnswerRejectedException.class)
                .hasMessage("This question has no category 'elsewhere'.");
    }
}
