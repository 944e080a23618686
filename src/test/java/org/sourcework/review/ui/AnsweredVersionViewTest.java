package org.sourcework.review.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcework.review.EditedLessonScenario.NEW_PROMPT;
import static org.sourcework.review.EditedLessonScenario.NEW_SENTENCE;
import static org.sourcework.review.EditedLessonScenario.OLD_SENTENCE;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import org.junit.jupiter.api.Test;
import org.sourcework.review.EditedLessonScenario;
import org.sourcework.review.EditedLessonScenario.Edited;
import org.sourcework.review.EditedLessonTest;
import org.sourcework.review.ReviewFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * After the lesson changed, the instructor's screens show each answer with the question and passage
 * of the lesson version it was written to: Amira answered version 1, Ben version 2.
 */
@EditedLessonTest
class AnsweredVersionViewTest extends SpringBrowserlessTest {

    private static final String EARLIER = "Answered on an earlier version of this lesson";

    @Autowired
    EditedLessonScenario scenario;

    @Autowired
    ReviewFixture fixture;

    private static String text(HasElement component) {
        return org.sourcework.support.Rendered.text(component);
    }

    private FeedbackEditor editorOf(String student) {
        return find(FeedbackEditor.class).withAttribute("data-student", student).single();
    }

    /** The passage beside the answers, not one shown inside an answer. */
    private SourcePane passageBeside() {
        return find(SourcePane.class).all().stream()
                .filter(pane -> pane.getParent().orElseThrow().hasClassName("review-layout"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @WithUserDetails("hughes")
    void by_question_an_answer_to_the_earlier_version_shows_the_prompt_and_passage_it_answered() {
        Edited edited = scenario.edited();

        navigate("review/" + edited.assignmentId() + "/question/" + edited.questionId(), ReviewByQuestionView.class);

        assertThat(text(find(QuestionSummary.class).single())).contains(NEW_PROMPT);
        assertThat(text(passageBeside())).contains(NEW_SENTENCE).doesNotContain(OLD_SENTENCE);
        assertThat(text(editorOf("amira")))
                .contains(EARLIER, edited.oldPrompt(), OLD_SENTENCE)
                .doesNotContain(NEW_PROMPT, NEW_SENTENCE);
        assertThat(text(editorOf("ben")))
                .contains(NEW_SENTENCE)
                .doesNotContain(EARLIER, edited.oldPrompt(), OLD_SENTENCE);
    }

    @Test
    @WithUserDetails("hughes")
    void by_question_the_sentences_an_earlier_answer_chose_are_marked_in_the_passage_it_read() {
        Edited edited = scenario.edited();
        navigate("review/" + edited.assignmentId() + "/question/" + edited.questionId(), ReviewByQuestionView.class);
        var amiras = editorOf("amira");

        amiras.getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(amiras.getElement(), "click", JacksonUtils.createObjectNode()));

        var ownPassage = find(SourcePane.class).all().stream()
                .filter(pane -> pane != passageBeside())
                .findFirst()
                .orElseThrow();
        assertThat(ownPassage.highlighted()).containsExactly(edited.sentence());
        assertThat(passageBeside().highlighted()).isEmpty();
    }

    @Test
    @WithUserDetails("hughes")
    void by_student_an_earlier_answer_is_shown_in_the_lesson_version_the_student_read() {
        Edited edited = scenario.edited();

        navigate("review/" + edited.assignmentId() + "/student/" + fixture.idOf("amira"), ReviewByStudentView.class);

        var page = text(getCurrentView());
        assertThat(page).contains(EARLIER, edited.oldPrompt(), OLD_SENTENCE).doesNotContain(NEW_PROMPT, NEW_SENTENCE);
        assertThat(text(editorOf("amira"))).contains(OLD_SENTENCE);
    }

    @Test
    @WithUserDetails("hughes")
    void by_student_an_answer_to_the_current_version_is_shown_with_the_current_text() {
        Edited edited = scenario.edited();

        navigate("review/" + edited.assignmentId() + "/student/" + fixture.idOf("ben"), ReviewByStudentView.class);

        var page = text(getCurrentView());
        assertThat(page).contains(NEW_PROMPT, NEW_SENTENCE).doesNotContain(EARLIER, OLD_SENTENCE);
    }
}
