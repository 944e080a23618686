package org.sourcework.responses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sourcework.base.SaveOutcome.Saved;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.ShortText;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.sourcework.support.TelegramQuestions;
import org.sourcework.users.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** Submitting, reopening, where a student left off, and the home view's cards. */
@IntegrationTest
@Transactional
class SubmissionTest {

    @Autowired
    ResponseService responses;

    @Autowired
    ClassWorkService classWork;

    @Autowired
    RosterQueries roster;

    @Autowired
    UserService users;

    @Autowired
    RunAs runAs;

    private long assignmentOf(String student) {
        return runAs.user(student, () -> roster.myAssignments().getFirst().assignmentId());
    }

    private long idOf(String username) {
        return runAs.user(
                "admin", () -> users.findByUsername(username).orElseThrow().id());
    }

    private String answerFirstShortText(long assignment, String text) {
        return runAs.user("amira", () -> {
            var question = TelegramQuestions.first(responses.open(assignment).content(), ShortText.class);
            responses.save(assignment, question.id(), new TextAnswer(text), null);
            return question.id();
        });
    }

    @Test
    void submitted_work_is_read_only() {
        var assignment = assignmentOf("amira");
        var questionId = answerFirstShortText(assignment, "before submitting");

        var state = runAs.user("amira", () -> responses.submit(assignment));

        assertThat(state.status()).isEqualTo(WorkStatus.SUBMITTED);
        assertThat(state.submittedAt()).isNotNull();
        assertThat(state.late()).as("History 11A is due in 14 days").isFalse();
        assertThatThrownBy(() -> runAs.user(
                        "amira", () -> responses.save(assignment, questionId, new TextAnswer("after submitting"), 0)))
                .isInstanceOf(AnswerRejectedException.class)
                .hasMessage("You have submitted this lesson; your answers can no longer be changed unless your"
                        + " instructor reopens it.");
        var reopened = runAs.user("amira", () -> responses.open(assignment));
        assertThat(reopened.answers().get(questionId).value()).isEqualTo(new TextAnswer("before submitting"));
        assertThat(reopened.work().status()).isEqualTo(WorkStatus.SUBMITTED);
    }

    @Test
    void submitting_twice_is_refused_with_a_clear_message() {
        var assignment = assignmentOf("amira");
        runAs.user("amira", () -> responses.submit(assignment));

        assertThatThrownBy(() -> runAs.user("amira", () -> responses.submit(assignment)))
                .isInstanceOf(AnswerRejectedException.class)
                .hasMessage("You have already submitted this lesson. If you need to change an answer, ask your"
                        + " instructor to reopen it.");
    }

    @Test
    void the_classes_instructor_can_reopen_submitted_work_and_the_answers_stay() {
        var assignment = assignmentOf("amira");
        var questionId = answerFirstShortText(assignment, "kept");
        runAs.user("amira", () -> responses.submit(assignment));

        runAs.user("hughes", () -> classWork.reopen(assignment, idOf("amira")));

        var lesson = runAs.user("amira", () -> responses.open(assignment));
        assertThat(lesson.work().status()).isEqualTo(WorkStatus.IN_PROGRESS);
        assertThat(lesson.work().submittedAt()).isNull();
        assertThat(lesson.answers().get(questionId).value()).isEqualTo(new TextAnswer("kept"));
        var version = lesson.answers().get(questionId).version();
        assertThat(runAs.user(
                        "amira", () -> responses.save(assignment, questionId, new TextAnswer("changed"), version)))
                .isInstanceOf(Saved.class);
    }

    @Test
    void only_an_instructor_of_the_class_may_reopen() {
        var assignment = assignmentOf("amira");
        var amira = idOf("amira");
        runAs.user("amira", () -> responses.submit(assignment));

        assertThatThrownBy(() -> runAs.user("okafor", () -> classWork.reopen(assignment, amira)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user("amira", () -> classWork.reopen(assignment, amira)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(runAs.user("amira", () -> responses.open(assignment)).work().status())
                .isEqualTo(WorkStatus.SUBMITTED);
    }

    @Test
    void reopening_work_that_is_not_submitted_is_refused() {
        var assignment = assignmentOf("amira");
        answerFirstShortText(assignment, "in progress");

        assertThatThrownBy(() -> runAs.user("hughes", () -> classWork.reopen(assignment, idOf("amira"))))
                .isInstanceOf(AnswerRejectedException.class)
                .hasMessage("This student has not submitted the lesson, so there is nothing to reopen.");
        assertThatThrownBy(() -> runAs.user("hughes", () -> classWork.reopen(assignment, idOf("ben"))))
                .isInstanceOf(AnswerRejectedException.class)
                .hasMessage("This student has not started the lesson, so there is nothing to reopen.");
    }

    @Test
    void unanswered_questions_are_listed_in_lesson_order_and_blank_answers_count_as_unanswered() {
        var assignment = assignmentOf("amira");
        var content = runAs.user("amira", () -> responses.open(assignment)).content();
        var shortTexts = TelegramQuestions.all(content, ShortText.class);
        runAs.user("amira", () -> {
            responses.save(assignment, shortTexts.get(0).id(), new TextAnswer("answered"), null);
            responses.save(assignment, shortTexts.get(1).id(), new TextAnswer(""), null);
        });

        var unanswered = runAs.user("amira", () -> responses.unansweredQuestionIds(assignment));

        assertThat(unanswered)
                .hasSize(content.questions().size() - 1)
                .doesNotContain(shortTexts.get(0).id())
                .contains(shortTexts.get(1).id())
                .containsExactlyElementsOf(content.questions().stream()
                        .map(Question::id)
                        .filter(id -> !id.equals(shortTexts.get(0).id()))
                        .toList());
    }

    @Test
    void the_section_where_a_student_left_off_is_remembered() {
        var assignment = assignmentOf("amira");

        runAs.user("amira", () -> responses.rememberSection(assignment, "III.B"));

        assertThat(runAs.user("amira", () -> responses.open(assignment)).work().lastSectionId())
                .isEqualTo("III.B");
        runAs.user("amira", () -> responses.rememberSection(assignment, LessonContent.HEADNOTE));
        assertThat(runAs.user("amira", () -> responses.open(assignment)).work().lastSectionId())
                .isEqualTo("headnote");
        assertThatThrownBy(() -> runAs.user("amira", () -> responses.rememberSection(assignment, "VII")))
                .isInstanceOf(AnswerRejectedException.class)
                .hasMessage("This lesson has no section 'VII'.");
    }

    @Test
    void the_home_view_shows_each_lesson_with_its_progress() {
        var assignment = assignmentOf("amira");
        var fresh = runAs.user("amira", () -> responses.myLessons());
        assertThat(fresh).singleElement().satisfies(card -> {
            assertThat(card.assignmentId()).isEqualTo(assignment);
            assertThat(card.className()).isEqualTo("History 11A");
            assertThat(card.lessonTitle()).startsWith("Moscow, April 1956");
            assertThat(card.status()).isEqualTo(WorkStatus.NOT_STARTED);
            assertThat(card.answered()).isZero();
            assertThat(card.questionCount()).isGreaterThan(20);
            assertThat(card.late()).isFalse();
            assertThat(card.lastSectionId()).isNull();
            assertThat(card.dueAt()).isNotNull();
        });
        answerFirstShortText(assignment, "one answer");
        runAs.user("amira", () -> responses.rememberSection(assignment, "II"));

        var card = runAs.user("amira", () -> responses.myLessons()).getFirst();

        assertThat(card.status()).isEqualTo(WorkStatus.IN_PROGRESS);
        assertThat(card.answered()).isEqualTo(1);
        assertThat(card.questionCount()).isEqualTo(fresh.getFirst().questionCount());
        assertThat(card.lastSectionId()).isEqualTo("II");
        assertThat(runAs.user("ben", () -> responses.myLessons()).getFirst().answered())
                .as("amira's answers are not ben's progress")
                .isZero();
    }

    @Test
    void opening_a_lesson_does_not_count_as_starting_it() {
        var assignment = assignmentOf("amira");

        var lesson = runAs.user("amira", () -> responses.open(assignment));

        assertThat(lesson.work().status()).isEqualTo(WorkStatus.NOT_STARTED);
        assertThat(lesson.work().lessonVersion()).isEqualTo(1);
        assertThat(lesson.className()).isEqualTo("History 11A");
        assertThat(runAs.user("amira", () -> responses.myLessons()).getFirst().status())
                .isEqualTo(WorkStatus.NOT_STARTED);
    }
}
