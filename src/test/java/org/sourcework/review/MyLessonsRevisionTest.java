package org.sourcework.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcework.lessons.ShortText;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.responses.ResponseService;
import org.sourcework.responses.StudentLessonCard;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.sourcework.support.TelegramQuestions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

/** The student's lesson cards tell which answers wait for a revision, until it is handed in. */
@IntegrationTest
@Import(ReviewFixture.class)
@Transactional
class MyLessonsRevisionTest {

    @Autowired
    ReviewFixture fixture;

    @Autowired
    ReviewService review;

    @Autowired
    ResponseService responses;

    @Autowired
    RunAs runAs;

    private StudentLessonCard card(String student, long assignment) {
        return runAs.user(student, () -> responses.myLessons()).stream()
                .filter(card -> card.assignmentId() == assignment)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_released_revision_request_names_the_question_and_its_section_until_handed_in() {
        var question =
                TelegramQuestions.all(fixture.content("amira"), ShortText.class).get(2);
        var answer = fixture.handIn("amira", "hughes", question, new TextAnswer("first"));
        var assignment = answer.assignmentId();
        runAs.user(
                "hughes",
                () -> review.save(
                        answer.answerId(), new FeedbackInput(Map.of(), null, null, "Again", null, true), null));

        assertThat(card("amira", assignment).revisionRequested())
                .as("a draft asks nothing yet")
                .isFalse();

        runAs.user("hughes", () -> review.releaseAnswer(answer.answerId()));
        var asked = card("amira", assignment);

        assertThat(asked.revisionQuestionIds()).containsExactly(question.id());
        assertThat(asked.revisionSectionId()).isEqualTo(question.sectionId());

        runAs.user("amira", () -> responses.handInRevision(assignment, question.id()));

        var done = card("amira", assignment);
        assertThat(done.revisionRequested()).isFalse();
        assertThat(done.revisionSectionId()).isNull();
        assertThat(card("ben", fixture.assignmentOf("ben")).revisionRequested())
                .as("only her own")
                .isFalse();
    }
}
