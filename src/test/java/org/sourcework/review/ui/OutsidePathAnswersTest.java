package org.sourcework.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcework.lessons.SingleChoice;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;
import org.sourcework.responses.ResponseService;
import org.sourcework.review.ReviewFixture;
import org.sourcework.roster.ClassLessonService;
import org.sourcework.roster.LessonPath;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** After a full-lesson class is moved to the core path, the by-student review still shows the answers outside it. */
@IntegrationTest
@Import(ReviewFixture.class)
@Transactional
class OutsidePathAnswersTest extends SpringBrowserlessTest {

    @Autowired
    ReviewFixture fixture;

    @Autowired
    ResponseService responses;

    @Autowired
    ClassLessonService classLessons;

    @Autowired
    RunAs runAs;

    @Test
    @WithUserDetails("hughes")
    void an_answer_outside_the_new_core_path_is_listed_apart_read_only_and_not_graded() {
        var whole = fixture.content("amira");
        var outside = (SingleChoice) whole.questions().stream()
                .filter(question -> !whole.corePath().contains(question.id()))
                .filter(SingleChoice.class::isInstance)
                .findFirst()
                .orElseThrow();
        var assignment = fixture.assignmentOf("amira");
        runAs.user(
                "amira",
                () -> responses.save(
                        assignment,
                        outside.id(),
                        new ChoiceAnswer(List.of(outside.correctOption().id())),
                        null));
        classLessons.change(assignment, LessonPath.CORE, null);

        navigate("review/" + assignment + "/student/" + fixture.idOf("amira"), ReviewByStudentView.class);

        var kept = find(OutsidePathAnswers.class).single();
        assertThat(kept.getElement().getTextRecursively())
                .contains(
                        "Outside the assigned questions (1)",
                        "The answers are kept",
                        "Question " + (whole.questions().indexOf(outside) + 1) + " of the full lesson",
                        outside.prompt().strip(),
                        outside.correctOption().text().strip());
        assertThat(find(FeedbackEditor.class).all())
                .extracting(FeedbackEditor::question)
                .noneMatch(question -> question.id().equals(outside.id()));
    }
}
