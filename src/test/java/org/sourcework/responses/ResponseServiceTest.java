package org.sourcework.responses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcework.base.SaveOutcome;
import org.sourcework.base.SaveOutcome.Conflict;
import org.sourcework.base.SaveOutcome.Saved;
import org.sourcework.lessons.ClaimEvidenceReasoning;
import org.sourcework.lessons.ExtendedText;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.ShortText;
import org.sourcework.lessons.SingleChoice;
import org.sourcework.responses.AnswerValue.CerAnswer;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.sourcework.support.TelegramQuestions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.annotation.Transactional;

/** Saving answers on the telegram lesson assigned to History 11A (amira, ben) and 11B (elena). */
@IntegrationTest
@Transactional
class ResponseServiceTest {

    @Autowired
    ResponseService responses;

    @Autowired
    RosterQueries roster;

    @Autowired
    RunAs runAs;

    private long assignmentOf(String student) {
        return runAs.user(student, () -> roster.myAssignments().getFirst().assignmentId());
    }

    private LessonContent lesson(long assignmentId) {
        return runAs.user("amira", () -> responses.open(assignmentId)).content();
    }

    private SaveOutcome<SavedAnswer> save(
            String student, long assignmentId, String questionId, AnswerValue value, Integer expected) {
        return runAs.user(student, () -> responses.save(assignmentId, questionId, value, expected));
    }

    @Test
    void saved_answers_come_back_exactly_as_typed() {
        var assignment = assignmentOf("amira");
        var content = lesson(assignment);
        var texts = List.of("<script>alert(1)</script>", "Хрущёв said <b>no</b> &amp; left.", "📜✊", "   ");
        var questions = TelegramQuestions.all(content, ShortText.class).subList(0, texts.size());
        var cer = TelegramQuestions.first(content, ClaimEvidenceReasoning.class);
        var cerAnswer = new CerAnswer(
                "  Claim with trailing spaces  ", "Sentence 3: «мирное сосуществование»", "Line one\nline two\n");
        for (int i = 0; i < texts.size(); i++) {
            save("amira", assignment, questions.get(i).id(), new TextAnswer(texts.get(i)), null);
        }
        save("amira", assignment, cer.id(), cerAnswer, null);

        var reopened = runAs.user("amira", () -> responses.open(assignment));

        for (int i = 0; i < texts.size(); i++) {
            assertThat(reopened.answers().get(questions.get(i).id()).value()).isEqualTo(new TextAnswer(texts.get(i)));
        }
        assertThat(reopened.answers().get(cer.id())).satisfies(answer -> {
            assertThat(answer.value()).isEqualTo(cerAnswer);
            assertThat(answer.score()).isNull();
            assertThat(answer.maxPoints()).isEqualTo(cer.points());
        });
        assertThat(reopened.work().answered())
                .as("the blank answer is stored but not counted")
                .isEqualTo(4);
        assertThat(reopened.work().status()).isEqualTo(WorkStatus.IN_PROGRESS);
    }

    @Test
    void the_save_result_equals_what_a_later_open_returns() {
        var assignment = assignmentOf("amira");
        var question = TelegramQuestions.first(lesson(assignment), ShortText.class);

        var saved = save("amira", assignment, question.id(), new TextAnswer("First thoughts"), null);

        assertThat(saved).isInstanceOf(Saved.class);
        assertThat(runAs.user("amira", () -> responses.open(assignment)).answers())
                .containsEntry(question.id(), saved.stored());
    }

    @Test
    void an_answer_over_the_length_limit_is_refused_and_nothing_is_stored() {
        var assignment = assignmentOf("amira");
        var content = lesson(assignment);
        var shortText = TelegramQuestions.first(content, ShortText.class);
        var extended = TelegramQuestions.first(content, ExtendedText.class);
        assertThat(shortText.maxLength()).isEqualTo(500);
        assertThat(extended.maxLength()).isEqualTo(5000);

        assertThatThrownBy(() -> save("amira", assignment, shortText.id(), new TextAnswer("x".repeat(501)), null))
                .isInstanceOf(AnswerRejectedException.class)
                .hasMessage("This answer is longer than the 500 characters allowed.");
        assertThatThrownBy(() -> save("amira", assignment, extended.id(), new TextAnswer("x".repeat(5001)), null))
                .isInstanceOf(AnswerRejectedException.class)
                .hasMessage("This answer is longer than the 5000 characters allowed.");
        assertThat(runAs.user("amira", () -> responses.open(assignment)).answers())
                .isEmpty();
        assertThat(save("amira", assignment, shortText.id(), new TextAnswer("x".repeat(500)), null))
                .isInstanceOf(Saved.class);
    }

    @Test
    void each_field_of_a_claim_evidence_reasoning_answer_has_its_own_limit() {
        var assignment = assignmentOf("amira");
        var cer = TelegramQuestions.first(lesson(assignment), ClaimEvidenceReasoning.class);
        var tooLong = "y".repeat(cer.maxLengths().reasoning() + 1);

        assertThatThrownBy(() -> save("amira", assignment, cer.id(), new CerAnswer("", "", tooLong), null))
                .isInstanceOf(AnswerRejectedException.class)
                .hasMessage(
                        "Your reasoning is longer than the " + cer.maxLengths().reasoning() + " characters allowed.");
    }

    @Test
    void a_student_cannot_open_or_answer_a_lesson_of_a_class_she_is_not_in() {
        var historyA = assignmentOf("amira");
        var question = TelegramQuestions.first(lesson(historyA), ShortText.class);

        assertThatThrownBy(() -> runAs.user("elena", () -> responses.open(historyA)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> save("elena", historyA, question.id(), new TextAnswer("mine"), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user("elena", () -> responses.submit(historyA)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user("elena", () -> responses.unansweredQuestionIds(historyA)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_check_of_stored_answers_gives_a_student_her_own_answers_only_and_nobody_else_any() {
        var assignment = assignmentOf("amira");
        var question = TelegramQuestions.first(lesson(assignment), ShortText.class);
        save("amira", assignment, question.id(), new TextAnswer("Amira's answer"), null);

        assertThat(runAs.user("amira", () -> responses.myAnswers(assignment))
                        .get(question.id())
                        .value())
                .isEqualTo(new TextAnswer("Amira's answer"));
        assertThat(runAs.user("ben", () -> responses.myAnswers(assignment))).isEmpty();
        assertThatThrownBy(() -> runAs.user("elena", () -> responses.myAnswers(assignment)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user("hughes", () -> responses.myAnswers(assignment)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> responses.myAnswers(assignment))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void input_is_checked_before_access_so_a_wrong_question_is_named_as_such() {
        var historyA = assignmentOf("amira");

        assertThatThrownBy(() -> save("elena", historyA, "no-such-question", new TextAnswer("x"), null))
                .isInstanceOf(AnswerRejectedException.class)
                .hasMessage("This lesson has no question 'no-such-question'.");
        assertThatThrownBy(() -> runAs.user("amira", () -> responses.open(historyA + 1_000_000)))
                .isInstanceOf(AssignmentNotFoundException.class);
    }

    @Test
    void anonymous_callers_and_instructors_cannot_use_the_student_methods() {
        var assignment = assignmentOf("amira");

        assertThatThrownBy(() -> responses.open(assignment))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> responses.save(assignment, "hn-predict", new TextAnswer("x"), null))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> save("hughes", assignment, "hn-predict", new TextAnswer("x"), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user("hughes", () -> responses.open(assignment)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user("hughes", () -> responses.myLessons()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_student_never_sees_another_students_answers() {
        var assignment = assignmentOf("amira");
        var question = TelegramQuestions.first(lesson(assignment), ShortText.class);
        save("amira", assignment, question.id(), new TextAnswer("Amira's answer"), null);

        var bens = runAs.user("ben", () -> responses.open(assignment));

        assertThat(bens.answers()).isEmpty();
        assertThat(bens.work().answered()).isZero();
        assertThat(save("ben", assignment, question.id(), new TextAnswer("Ben's answer"), null))
                .as("ben's first save is not a conflict with amira's answer")
                .isInstanceOf(Saved.class);
    }

    @Test
    void a_save_from_an_outdated_copy_returns_the_stored_answer_and_writes_nothing() {
        var assignment = assignmentOf("amira");
        var question = TelegramQuestions.first(lesson(assignment), ShortText.class);
        var first = save("amira", assignment, question.id(), new TextAnswer("draft"), null);
        assertThat(first).isInstanceOf(Saved.class);
        var version = first.stored().version();

        var tabOne = save("amira", assignment, question.id(), new TextAnswer("from tab one"), version);
        var tabTwo = save("amira", assignment, question.id(), new TextAnswer("from tab two"), version);

        assertThat(tabOne).isInstanceOf(Saved.class);
        assertThat(tabOne.stored().version()).isEqualTo(version + 1);
        assertThat(tabTwo).isInstanceOf(Conflict.class);
        assertThat(tabTwo.stored().value()).isEqualTo(new TextAnswer("from tab one"));
        assertThat(tabTwo.stored().version()).isEqualTo(version + 1);
        var keepMine = save("amira", assignment, question.id(), new TextAnswer("from tab two"), version + 1);
        assertThat(keepMine).isInstanceOf(Saved.class);
        assertThat(runAs.user("amira", () -> responses.open(assignment))
                        .answers()
                        .get(question.id())
                        .value())
                .isEqualTo(new TextAnswer("from tab two"));
    }

    @Test
    void a_first_save_from_a_second_tab_does_not_overwrite_the_first_tabs_answer() {
        var assignment = assignmentOf("amira");
        var question = TelegramQuestions.first(lesson(assignment), ShortText.class);
        save("amira", assignment, question.id(), new TextAnswer("tab one"), null);

        var second = save("amira", assignment, question.id(), new TextAnswer("tab two"), null);

        assertThat(second).isInstanceOf(Conflict.class);
        assertThat(second.stored().value()).isEqualTo(new TextAnswer("tab one"));
    }

    @Test
    void an_answer_of_the_wrong_kind_is_refused() {
        var assignment = assignmentOf("amira");
        var choice = TelegramQuestions.first(lesson(assignment), SingleChoice.class);

        assertThatThrownBy(() -> save("amira", assignment, choice.id(), new TextAnswer("a"), null))
                .isInstanceOf(AnswerRejectedException.class)
                .hasMessage("This answer does not fit the question it was given for.");
        assertThatThrownBy(() -> save("amira", assignment, choice.id(), new ChoiceAnswer(List.of("z")), null))
                .isInstanceOf(AnswerRejectedException.class)
                .hasMessage("This question has no option 'z'.");
    }
}
