package org.sourcework.responses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcework.base.SaveOutcome.Saved;
import org.sourcework.lessons.ExtendedText;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.LessonSettings.Explanations;
import org.sourcework.lessons.LessonSettings.ScoredAttempt;
import org.sourcework.lessons.SingleChoice;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.sourcework.support.TelegramQuestions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checking choice answers in the telegram lesson, which shows explanations after a check and scores
 * the first checked answer: every different checked answer is recorded, the first one is scored and
 * analysed, and only the class's instructor sees the attempts.
 */
@IntegrationTest
@Transactional
class AnswerCheckServiceTest {

    @Autowired
    AnswerCheckService checks;

    @Autowired
    ResponseService responses;

    @Autowired
    ClassWorkService classWork;

    @Autowired
    RosterQueries roster;

    @Autowired
    RunAs runAs;

    private long assignment;
    private SingleChoice question;
    private ChoiceAnswer right;
    private ChoiceAnswer wrong;

    @BeforeEach
    void openTheLesson() {
        assignment = runAs.user("amira", () -> roster.myAssignments().getFirst().assignmentId());
        LessonContent content =
                runAs.user("amira", () -> responses.open(assignment)).content();
        assertThat(content.settings().explanations()).isEqualTo(Explanations.AFTER_CHECK);
        assertThat(content.settings().scoredAttempt()).isEqualTo(ScoredAttempt.FIRST);
        question = TelegramQuestions.first(content, SingleChoice.class);
        right = new ChoiceAnswer(List.of(question.correctOption().id()));
        wrong = new ChoiceAnswer(List.of(question.options().stream()
                .filter(option -> !option.correct())
                .findFirst()
                .orElseThrow()
                .id()));
    }

    private SavedAnswer save(ChoiceAnswer value) {
        return runAs.user("amira", () -> {
            var earlier = responses.open(assignment).answers().get(question.id());
            return ((Saved<SavedAnswer>) responses.save(
                            assignment, question.id(), value, earlier == null ? null : earlier.version()))
                    .stored();
        });
    }

    private List<ChoiceAnswer> check() {
        return runAs.user("amira", () -> checks.check(assignment, question.id()));
    }

    @Test
    void every_different_checked_answer_is_recorded_in_order_and_checking_the_same_answer_again_adds_nothing() {
        save(wrong);
        assertThat(check()).containsExactly(wrong);
        assertThat(check()).containsExactly(wrong);
        save(right);
        assertThat(check()).containsExactly(wrong, right);

        assertThat(runAs.user("amira", () -> checks.myAttempts(assignment)))
                .containsEntry(question.id(), List.of(wrong, right));
    }

    @Test
    void the_first_checked_answer_is_scored_even_after_the_student_changes_to_the_right_one() {
        save(wrong);
        check();
        var changed = save(right);
        check();

        assertThat(changed.score()).isEqualTo("0.00");
        assertThat(runAs.user("amira", () -> responses.open(assignment))
                        .answers()
                        .get(question.id())
                        .score())
                .isEqualTo("0.00");
    }

    @Test
    void an_answer_never_checked_is_scored_as_it_stands() {
        save(wrong);
        assertThat(save(right).score()).isEqualTo("1.00");
    }

    @Test
    void the_analysis_counts_the_first_checked_answer_not_the_final_one() {
        var before = tallied(wrong);
        save(wrong);
        check();
        save(right);

        assertThat(tallied(wrong)).isEqualTo(before + 1);
    }

    private long tallied(ChoiceAnswer value) {
        return runAs.user("hughes", () -> classWork.answerTallies(assignment, question.id())).stream()
                .filter(tally -> tally.value().equals(value))
                .mapToLong(AnswerTally::students)
                .sum();
    }

    @Test
    void the_class_instructor_sees_the_attempts_and_another_instructor_may_not() {
        save(wrong);
        check();
        save(right);
        check();

        assertThat(runAs.user("hughes", () -> classWork.checkedAttempts(assignment)))
                .containsValue(List.of(wrong, right));
        assertThatThrownBy(() -> runAs.user("okafor", () -> classWork.checkedAttempts(assignment)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void checking_before_choosing_or_checking_a_written_question_is_refused() {
        assertThatThrownBy(this::check)
                .isInstanceOf(AnswerRejectedException.class)
                .hasMessage("Choose an answer before you check it.");
        var written = runAs.user("amira", () -> responses.open(assignment)).content().questions().stream()
                .filter(ExtendedText.class::isInstance)
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> runAs.user("amira", () -> checks.check(assignment, written.id())))
                .isInstanceOf(AnswerRejectedException.class);
    }

    @Test
    void a_student_of_another_class_may_not_check_an_answer_here() {
        assertThatThrownBy(() -> runAs.user("elena", () -> checks.check(assignment, question.id())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
