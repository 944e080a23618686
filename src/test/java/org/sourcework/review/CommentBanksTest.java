package org.sourcework.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcework.lessons.ClaimEvidenceReasoning;
import org.sourcework.lessons.ExtendedText;
import org.sourcework.lessons.ShortText;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.sourcework.support.TelegramQuestions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** The comment banks of a whole lesson at once, and refusals that name the part of the feedback they are about. */
@IntegrationTest
@Import(ReviewFixture.class)
@Transactional
class CommentBanksTest {

    @Autowired
    ReviewService review;

    @Autowired
    ReviewFixture fixture;

    @Autowired
    RunAs runAs;

    @Test
    void every_question_has_its_bank_with_the_lessons_suggestions_then_the_instructors_own() {
        var content = fixture.content("amira");
        var cer = TelegramQuestions.first(content, ClaimEvidenceReasoning.class);
        var assignment = fixture.assignmentOf("amira");
        runAs.user("hughes", () -> review.addToBank(assignment, cer.id(), "reasoning", "Explain the link."));

        var banks = runAs.user("hughes", () -> review.commentBanks(assignment));

        assertThat(banks.keySet())
                .containsExactlyElementsOf(
                        content.questions().stream().map(q -> q.id()).toList());
        assertThat(banks.get(cer.id())).hasSize(cer.comments().size() + 1);
        assertThat(banks.get(cer.id()).getLast()).satisfies(own -> {
            assertThat(own.own()).isTrue();
            assertThat(own.criterionId()).isEqualTo("reasoning");
            assertThat(own.text()).isEqualTo("Explain the link.");
        });
        assertThat(banks.get(cer.id()).getFirst().own()).isFalse();
        assertThat(banks.get(cer.id())).isEqualTo(runAs.user("hughes", () -> review.commentBank(assignment, cer.id())));
    }

    @Test
    void another_instructors_own_comments_stay_theirs() {
        // Elena's class is given the core path, so the question is one both classes are given
        var cer = TelegramQuestions.first(fixture.content("elena"), ExtendedText.class);
        var mine = fixture.assignmentOf("amira");
        var theirs = fixture.assignmentOf("elena");
        runAs.user("okafor", () -> review.addToBank(theirs, cer.id(), null, "Okafor's own words."));

        var banks = runAs.user("hughes", () -> review.commentBanks(mine));

        assertThat(banks.get(cer.id())).noneMatch(comment -> comment.text().equals("Okafor's own words."));
        assertThatThrownBy(() -> runAs.user("okafor", () -> review.commentBanks(mine)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_refusal_names_the_part_of_the_feedback_it_is_about() {
        var question = TelegramQuestions.firstInText(fixture.content("ben"), ShortText.class);
        var answer = fixture.handIn("ben", "hughes", question, new TextAnswer("x"));

        assertThatThrownBy(() -> runAs.user(
                        "hughes",
                        () -> review.save(
                                answer.answerId(),
                                new FeedbackInput(Map.of(), null, null, "x".repeat(5001), null, false),
                                null)))
                .isInstanceOfSatisfying(
                        FeedbackRejectedException.class,
                        e -> assertThat(e.field()).isEqualTo(FeedbackRejectedException.Field.COMMENT));
        assertThatThrownBy(() -> runAs.user(
                        "hughes",
                        () -> review.save(
                                answer.answerId(),
                                new FeedbackInput(Map.of(), new java.math.BigDecimal("99"), null, "", null, false),
                                null)))
                .isInstanceOfSatisfying(
                        FeedbackRejectedException.class,
                        e -> assertThat(e.field()).isEqualTo(FeedbackRejectedException.Field.SCORE));
        assertThatThrownBy(() -> runAs.user(
                        "hughes",
                        () -> review.save(
                                answer.answerId(), new FeedbackInput(Map.of(), null, null, "", 999, false), null)))
                .isInstanceOfSatisfying(
                        FeedbackRejectedException.class,
                        e -> assertThat(e.field()).isEqualTo(FeedbackRejectedException.Field.SENTENCE));
    }
}
