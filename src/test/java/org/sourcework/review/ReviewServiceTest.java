package org.sourcework.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcework.audit.AuditFilter;
import org.sourcework.audit.AuditService;
import org.sourcework.base.SaveOutcome.Conflict;
import org.sourcework.base.SaveOutcome.Saved;
import org.sourcework.feedback.StudentFeedbackService;
import org.sourcework.lessons.ClaimEvidenceReasoning;
import org.sourcework.lessons.Evidence;
import org.sourcework.lessons.ShortText;
import org.sourcework.lessons.WrittenQuestion;
import org.sourcework.responses.AnswerRejectedException;
import org.sourcework.responses.AnswerValue.CerAnswer;
import org.sourcework.responses.AnswerValue.EvidenceAnswer;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.responses.ClassWorkService;
import org.sourcework.responses.ResponseService;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.sourcework.support.TelegramQuestions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** Writing feedback, scores and overrides, conflicts, release, revision requests and who may do what. */
@IntegrationTest
@Import(ReviewFixture.class)
@Transactional
class ReviewServiceTest {

    @Autowired
    ReviewService review;

    @Autowired
    StudentFeedbackService studentFeedback;

    @Autowired
    ClassWorkService classWork;

    @Autowired
    ResponseService responses;

    @Autowired
    ReviewFixture fixture;

    @Autowired
    AuditService audit;

    @Autowired
    RunAs runAs;

    private static FeedbackInput comment(String text) {
        return new FeedbackInput(Map.of(), null, null, text, null, false);
    }

    @Test
    void feedback_is_a_draft_that_the_student_never_sees_until_released() {
        var question = TelegramQuestions.firstInText(fixture.content("amira"), ShortText.class);
        var answer = fixture.handIn("amira", "hughes", question, new TextAnswer("Walmsley sent it."));

        var saved = runAs.user(
                "hughes",
                () -> review.save(
                        answer.answerId(),
                        new FeedbackInput(
                                Map.of(), new BigDecimal("1.5"), null, "Who was he standing in for?", 2, false),
                        null));

        assertThat(saved).isInstanceOf(Saved.class);
        assertThat(saved.stored().status()).isEqualTo(FeedbackStatus.DRAFT);
        assertThat(saved.stored().score()).isEqualByComparingTo("1.5");
        assertThat(saved.stored().sentence()).isEqualTo(2);
        assertThat(runAs.user(
                        "amira",
                        () -> studentFeedback.myFeedback(answer.assignmentId()).feedback()))
                .isEmpty();
        assertThat(runAs.user("amira", () -> studentFeedback.mySummaries())).isEmpty();

        var released = runAs.user("hughes", () -> review.releaseAnswer(answer.answerId()));

        assertThat(released).isEqualTo(1);
        var seen = runAs.user(
                "amira", () -> studentFeedback.myFeedback(answer.assignmentId()).feedback());
        assertThat(seen).singleElement().satisfies(f -> {
            assertThat(f.comment()).isEqualTo("Who was he standing in for?");
            assertThat(f.read()).isFalse();
        });
        assertThat(runAs.user("amira", () -> studentFeedback.mySummaries())
                        .get(answer.assignmentId())
                        .unread())
                .isEqualTo(1);
    }

    @Test
    void opening_released_feedback_marks_it_read_for_the_instructor_to_see() {
        var question = TelegramQuestions.first(fixture.content("ben"), ShortText.class);
        var answer = fixture.handIn("ben", "hughes", question, new TextAnswer("An embassy officer."));
        runAs.user("hughes", () -> {
            review.save(answer.answerId(), comment("Name him."), null);
            review.releaseAnswer(answer.answerId());
        });

        var marked = runAs.user("ben", () -> studentFeedback.markRead(answer.assignmentId()));

        assertThat(marked).isEqualTo(1);
        var given = runAs.user("hughes", () -> review.feedbackFor(answer.assignmentId(), List.of(answer.studentId())));
        assertThat(given).singleElement().satisfies(f -> assertThat(f.read()).isTrue());
        assertThat(runAs.user("ben", () -> studentFeedback.mySummaries())
                        .get(answer.assignmentId())
                        .hasUnread())
                .isFalse();
    }

    @Test
    void an_answer_not_handed_in_gets_no_feedback() {
        var assignment = fixture.assignmentOf("chloe");
        var question = TelegramQuestions.first(fixture.content("chloe"), ShortText.class);
        runAs.user("chloe", () -> responses.save(assignment, question.id(), new TextAnswer("draft"), null));
        var answer = fixture.answer("hughes", assignment, "chloe", question.id());

        assertThat(answer.handedIn()).isFalse();
        assertThatThrownBy(() -> runAs.user("hughes", () -> review.save(answer.answerId(), comment("Good"), null)))
                .isInstanceOf(FeedbackRejectedException.class)
                .hasMessageContaining("has not been handed in yet");
    }

    @Test
    void two_instructors_editing_the_same_feedback_get_a_conflict_not_a_silent_overwrite() {
        var question = TelegramQuestions.first(fixture.content("daniel"), ShortText.class);
        var answer = fixture.handIn("daniel", "hughes", question, new TextAnswer("Bohlen"));
        var first = runAs.user("hughes", () -> review.save(answer.answerId(), comment("first"), null))
                .stored();
        runAs.user("hughes", () -> review.save(answer.answerId(), comment("second"), first.version()));

        var stale = runAs.user(
                "hughes", () -> review.save(answer.answerId(), comment("from the other tab"), first.version()));

        assertThat(stale).isInstanceOf(Conflict.class);
        assertThat(stale.stored().comment()).isEqualTo("second");
    }

    @Test
    void rubric_levels_give_the_score_and_overriding_it_needs_a_reason_and_is_audited() {
        var question = TelegramQuestions.first(fixture.content("amira"), ClaimEvidenceReasoning.class);
        var rubric = question.rubric();
        var answer = fixture.handIn("amira", "hughes", question, new CerAnswer("claim", "evidence", "reasoning"));
        var levels = new java.util.LinkedHashMap<String, Integer>();
        rubric.criteria()
                .forEach(criterion ->
                        levels.put(criterion.id(), criterion.levels().get(1).score()));
        var expected = rubric.criteria().stream()
                .mapToInt(criterion -> criterion.levels().get(1).score())
                .sum();

        var scored = runAs.user(
                        "hughes",
                        () -> review.save(
                                answer.answerId(), new FeedbackInput(levels, null, null, "", null, false), null))
                .stored();

        assertThat(scored.score()).isEqualByComparingTo(BigDecimal.valueOf(expected));
        assertThat(scored.scoreOverridden()).isFalse();
        assertThatThrownBy(() -> runAs.user(
                        "hughes",
                        () -> review.save(
                                answer.answerId(),
                                new FeedbackInput(levels, BigDecimal.ZERO, " ", "", null, false),
                                scored.version())))
                .isInstanceOf(FeedbackRejectedException.class)
                .hasMessage("Give a reason for changing the score from " + expected + " to 0.");

        var overridden = runAs.user(
                        "hughes",
                        () -> review.save(
                                answer.answerId(),
                                new FeedbackInput(levels, BigDecimal.ZERO, "Copied from a classmate", "", null, false),
                                scored.version()))
                .stored();

        assertThat(overridden.score()).isEqualByComparingTo("0");
        assertThat(overridden.scoreOverridden()).isTrue();
        assertThat(overridden.overrideReason()).isEqualTo("Copied from a classmate");
        var logged = runAs.user(
                "admin", () -> audit.page(new AuditFilter("hughes", "feedback.score-overridden", null, null), 0, 10));
        assertThat(logged)
                .singleElement()
                .satisfies(entry -> assertThat(entry.details()).contains(question.id(), "Copied from a classmate"));
    }

    @Test
    void an_automatic_score_can_be_overridden_with_a_reason() {
        var question = TelegramQuestions.first(fixture.content("ben"), Evidence.class);
        var answer = fixture.handIn("ben", "hughes", question, new EvidenceAnswer(List.of(1)));

        var saved = runAs.user(
                        "hughes",
                        () -> review.save(
                                answer.answerId(),
                                new FeedbackInput(
                                        Map.of(),
                                        BigDecimal.valueOf(question.points()),
                                        "Sentence 1 also supports it",
                                        "",
                                        null,
                                        false),
                                null))
                .stored();

        assertThat(answer.autoScore()).isNotNull();
        assertThat(saved.score()).isEqualByComparingTo(BigDecimal.valueOf(question.points()));
        assertThat(saved.scoreOverridden()).isEqualTo(answer.autoScore().compareTo(saved.score()) != 0);
    }

    @Test
    void scores_stay_within_the_questions_points_and_levels_and_sentences_must_exist() {
        var question = TelegramQuestions.firstInText(fixture.content("chloe"), ShortText.class);
        var answer = fixture.handIn("chloe", "hughes", question, new TextAnswer("x"));

        assertThatThrownBy(() -> runAs.user(
                        "hughes",
                        () -> review.save(
                                answer.answerId(),
                                new FeedbackInput(
                                        Map.of(), BigDecimal.valueOf(question.points() + 1), null, "", null, false),
                                null)))
                .hasMessage("The score must be between 0 and " + question.points() + " points.");
        assertThatThrownBy(() -> runAs.user(
                        "hughes",
                        () -> review.save(
                                answer.answerId(),
                                new FeedbackInput(Map.of(), new BigDecimal("-1"), null, "", null, false),
                                null)))
                .isInstanceOf(FeedbackRejectedException.class);
        assertThatThrownBy(() -> runAs.user(
                        "hughes",
                        () -> review.save(
                                answer.answerId(), new FeedbackInput(Map.of(), null, null, "", 999, false), null)))
                .isInstanceOf(FeedbackRejectedException.class)
                .hasMessageContaining("there is no sentence 999");
        assertThatThrownBy(() -> runAs.user(
                        "hughes",
                        () -> review.save(
                                answer.answerId(),
                                new FeedbackInput(Map.of("claim", 1), null, null, "", null, false),
                                null)))
                .isInstanceOf(FeedbackRejectedException.class);
        assertThatThrownBy(() ->
                        runAs.user("hughes", () -> review.save(answer.answerId(), comment("x".repeat(5001)), null)))
                .hasMessageContaining("at most 5000 characters");
    }

    @Test
    void an_instructor_reaches_only_the_classes_they_teach_even_with_a_guessed_id() {
        var question = TelegramQuestions.first(fixture.content("amira"), ShortText.class);
        var answer = fixture.handIn("amira", "hughes", question, new TextAnswer("secret"));

        assertThatThrownBy(() -> runAs.user("okafor", () -> review.save(answer.answerId(), comment("x"), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user(
                        "okafor",
                        () -> classWork.answersTo(answer.assignmentId(), question.id(), List.of(answer.studentId()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () -> runAs.user("okafor", () -> review.releaseQuestion(answer.assignmentId(), question.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user("amira", () -> review.save(answer.answerId(), comment("x"), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user("elena", () -> studentFeedback.myFeedback(answer.assignmentId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void releasing_a_question_releases_every_draft_on_it_for_the_class() {
        var question = TelegramQuestions.first(fixture.content("amira"), ShortText.class);
        var first = fixture.handIn("amira", "hughes", question, new TextAnswer("one"));
        var second = fixture.handIn("ben", "hughes", question, new TextAnswer("two"));
        runAs.user("hughes", () -> {
            review.save(first.answerId(), comment("a"), null);
            review.save(second.answerId(), comment("b"), null);
        });

        var released = runAs.user("hughes", () -> review.releaseQuestion(first.assignmentId(), question.id()));

        assertThat(released).isEqualTo(2);
        assertThat(runAs.user(
                        "admin", () -> audit.page(new AuditFilter("hughes", "feedback.released", null, null), 0, 10)))
                .singleElement()
                .satisfies(
                        entry -> assertThat(entry.details()).isEqualTo("2 answers (question " + question.id() + ")"));
        assertThat(runAs.user(
                        "ben",
                        () -> studentFeedback.myFeedback(second.assignmentId()).feedback()))
                .extracting(GivenFeedback::comment)
                .containsExactly("b");
        assertThat(runAs.user("hughes", () -> review.releaseQuestion(first.assignmentId(), question.id())))
                .as("nothing left to release")
                .isZero();
    }

    @Test
    void a_revision_request_lets_the_student_change_one_submitted_answer_and_keeps_feedback_with_its_version() {
        var questions = TelegramQuestions.all(fixture.content("chloe"), ShortText.class);
        var question = questions.get(0);
        var other = questions.get(1);
        var answer = fixture.handIn("chloe", "hughes", question, new TextAnswer("first try"));
        runAs.user("hughes", () -> {
            review.save(answer.answerId(), new FeedbackInput(Map.of(), null, null, "Look again", null, true), null);
            review.releaseStudent(answer.assignmentId(), answer.studentId());
        });
        var assignment = answer.assignmentId();

        var opened = runAs.user("chloe", () -> responses.open(assignment));
        assertThat(opened.answers().get(question.id()).revisionRequested()).isTrue();
        assertThatThrownBy(() -> runAs.user(
                        "chloe", () -> responses.save(assignment, other.id(), new TextAnswer("sneaky"), null)))
                .as("only the answer asked for may change")
                .isInstanceOf(AnswerRejectedException.class);
        var version = opened.answers().get(question.id()).version();
        runAs.user("chloe", () -> responses.save(assignment, question.id(), new TextAnswer("second try"), version));
        runAs.user("chloe", () -> responses.handInRevision(assignment, question.id()));

        var now = fixture.answer("hughes", assignment, "chloe", question.id());
        assertThat(now.value()).isEqualTo(new TextAnswer("second try"));
        assertThat(now.revisionNumber()).isEqualTo(2);
        assertThat(now.revisionRequested()).isFalse();
        var versions = runAs.user("hughes", () -> classWork.versions(answer.answerId()));
        assertThat(versions)
                .extracting(v -> v.value())
                .containsExactly(new TextAnswer("first try"), new TextAnswer("second try"));
        var given = runAs.user("hughes", () -> review.feedbackFor(assignment, List.of(answer.studentId())));
        assertThat(given)
                .singleElement()
                .satisfies(f -> assertThat(f.revisionId()).isEqualTo(answer.revisionId()));
        assertThatThrownBy(() -> runAs.user(
                        "chloe", () -> responses.save(assignment, question.id(), new TextAnswer("third"), version + 2)))
                .as("read-only again once handed in")
                .isInstanceOf(AnswerRejectedException.class);
    }

    @Test
    void the_comment_bank_offers_the_lessons_comments_and_the_instructors_own() {
        var content = fixture.content("amira");
        var question = content.questions().stream()
                .filter(q -> !q.comments().isEmpty())
                .filter(WrittenQuestion.class::isInstance)
                .findFirst()
                .orElseThrow();
        var assignment = fixture.assignmentOf("amira");

        var added = runAs.user(
                "hughes",
                () -> review.addToBank(assignment, question.id(), null, "  Quote the telegram's own words.  "));
        var bank = runAs.user("hughes", () -> review.commentBank(assignment, question.id()));

        assertThat(bank).hasSize(question.comments().size() + 1);
        assertThat(bank.getLast()).isEqualTo(added);
        assertThat(added.text()).isEqualTo("Quote the telegram's own words.");
        assertThatThrownBy(() -> runAs.user(
                        "hughes",
                        () -> review.addToBank(assignment, question.id(), null, "Quote the telegram's own words.")))
                .hasMessageContaining("already in your bank");
        assertThat(runAs.user("okafor", () -> {
                    try {
                        review.removeFromBank(added.id());
                        return "removed";
                    } catch (FeedbackRejectedException e) {
                        return e.getMessage();
                    }
                }))
                .isEqualTo("This comment is not in your bank.");
        runAs.user("hughes", () -> review.removeFromBank(added.id()));
        assertThat(runAs.user("hughes", () -> review.commentBank(assignment, question.id())))
                .hasSize(question.comments().size());
    }
}
