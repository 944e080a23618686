package org.sourcework.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcework.base.ui.NotFoundView;
import org.sourcework.feedback.StudentFeedbackService;
import org.sourcework.lessons.ClaimEvidenceReasoning;
import org.sourcework.lessons.Evidence;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.ui.SourceText;
import org.sourcework.responses.AnswerValue.CerAnswer;
import org.sourcework.responses.AnswerValue.EvidenceAnswer;
import org.sourcework.review.FeedbackInput;
import org.sourcework.review.GivenFeedback;
import org.sourcework.review.ReviewFixture;
import org.sourcework.review.ReviewService;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.sourcework.support.TelegramQuestions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Grading one question across the class: who is listed, who may open it, moving between questions, releasing. */
@IntegrationTest
@Import(ReviewFixture.class)
// rolled back after each test, so the demo students stay untouched for the other tests
@Transactional
class ReviewByQuestionViewTest extends SpringBrowserlessTest {

    @Autowired
    ReviewFixture fixture;

    @Autowired
    ReviewService review;

    @Autowired
    StudentFeedbackService studentFeedback;

    @Autowired
    RunAs runAs;

    private ClaimEvidenceReasoning cer() {
        return TelegramQuestions.first(fixture.content("amira"), ClaimEvidenceReasoning.class);
    }

    private String address(Question question) {
        return "review/" + fixture.assignmentOf("amira") + "/question/" + question.id();
    }

    private List<String> listedStudents() {
        return find(Component.class).withAttribute("data-student").all().stream()
                .map(component -> component.getElement().getAttribute("data-student"))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private Select<Question> picker() {
        return find(Select.class).id("question-picker");
    }

    @Test
    @WithUserDetails("hughes")
    void the_instructor_sees_every_student_of_the_class_with_their_answer_or_that_there_is_none() {
        fixture.start("amira", cer(), new CerAnswer("A claim", "Some evidence", "My reasoning"));
        fixture.submit("amira");
        fixture.start("ben", cer(), new CerAnswer("Half a claim", "", ""));

        navigate(address(cer()), ReviewByQuestionView.class);

        assertThat(listedStudents()).containsExactly("amira", "ben", "chloe", "daniel");
        assertThat(find(FeedbackEditor.class).all())
                .extracting(FeedbackEditor::username)
                .containsExactly("amira", "ben");
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("History 11A", "Question 38", "My reasoning", "Not handed in yet", "No answer yet.");
        assertThat(find(Button.class).withClassName("show-more").exists()).isFalse();
    }

    @Test
    @WithUserDetails("hughes")
    void without_a_question_in_the_address_the_first_question_is_shown() {
        navigate("review/" + fixture.assignmentOf("amira") + "/question", ReviewByQuestionView.class);

        assertThat(picker().getValue())
                .isEqualTo(fixture.content("amira").questions().getFirst());
        assertThat(find(Button.class).id("previous-question").isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("hughes")
    void alt_page_down_and_the_buttons_move_through_the_questions() {
        var questions = fixture.content("amira").questions();
        navigate(address(questions.get(3)), ReviewByQuestionView.class);

        fireShortcut(Key.PAGE_DOWN, KeyModifier.ALT);
        assertThat(picker().getValue()).isEqualTo(questions.get(4));

        test(find(Button.class).id("previous-question")).click();
        test(find(Button.class).id("previous-question")).click();
        assertThat(picker().getValue()).isEqualTo(questions.get(2));

        fireShortcut(Key.PAGE_UP, KeyModifier.ALT);
        assertThat(picker().getValue()).isEqualTo(questions.get(1));
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("Page Down", "next / previous question");
    }

    @Test
    @WithUserDetails("hughes")
    void choosing_a_question_in_the_picker_opens_it() {
        var questions = fixture.content("amira").questions();
        navigate(address(questions.getFirst()), ReviewByQuestionView.class);

        test(picker()).selectItem(picker().getItemLabelGenerator().apply(cer()));

        assertThat(picker().getValue()).isEqualTo(cer());
        assertThat(find(QuestionSummary.class).single().getElement().getTextRecursively())
                .contains("Question 38", cer().prompt().strip().substring(0, 40));
    }

    @Test
    @WithUserDetails("hughes")
    void focusing_an_evidence_answer_marks_the_sentences_the_student_chose() {
        var evidence = TelegramQuestions.first(fixture.content("chloe"), Evidence.class);
        fixture.start("chloe", evidence, new EvidenceAnswer(List.of(3)));
        fixture.submit("chloe");
        navigate(address(evidence), ReviewByQuestionView.class);
        var editor = find(FeedbackEditor.class)
                .withAttribute("data-student", "chloe")
                .single();
        assertThat(find(SourceText.class).single().highlighted()).isEmpty();

        editor.getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(editor.getElement(), "click", JacksonUtils.createObjectNode()));

        assertThat(find(SourceText.class).single().highlighted()).containsExactly(3);
        assertThat(editor.getElement().getTextRecursively()).contains("Sentence 3", "In the key");
    }

    @Test
    @WithUserDetails("hughes")
    void releasing_the_question_says_how_many_drafts_and_students_then_see_them() {
        for (var student : List.of("amira", "ben")) {
            var answer = fixture.handIn(student, "hughes", cer(), new CerAnswer("Claim of " + student, "E", "R"));
            runAs.user(
                    "hughes",
                    () -> review.save(
                            answer.answerId(),
                            new FeedbackInput(Map.of(), null, null, "Feedback for " + student, null, false),
                            null));
        }
        navigate(address(cer()), ReviewByQuestionView.class);

        test(find(Button.class).id("release-question")).click();
        var dialog = find(ConfirmDialog.class).single();
        assertThat(dialog.getElement().getTextRecursively()).contains("2 drafts will be released");
        test(dialog).confirm();

        assertThat(find(FeedbackEditor.class).all())
                .allSatisfy(editor ->
                        assertThat(editor.getElement().getTextRecursively()).contains("Released · not read yet"));
        var assignment = fixture.assignmentOf("ben");
        assertThat(runAs.user(
                        "ben", () -> studentFeedback.myFeedback(assignment).feedback()))
                .extracting(GivenFeedback::comment)
                .containsExactly("Feedback for ben");
    }

    private String counts() {
        return find(com.vaadin.flow.component.html.Span.class)
                .id("answers-counts")
                .getText();
    }

    @Test
    @WithUserDetails("hughes")
    void the_counts_follow_feedback_as_it_is_saved_and_released_without_a_reload() {
        fixture.handIn("amira", "hughes", cer(), new CerAnswer("A claim", "Some evidence", "My reasoning"));
        fixture.handIn("ben", "hughes", cer(), new CerAnswer("Another claim", "Evidence", "Reasoning"));
        navigate(address(cer()), ReviewByQuestionView.class);
        assertThat(counts()).isEqualTo("2 answered · 0 with feedback · 0 released");
        var amira = find(FeedbackEditor.class)
                .withAttribute("data-student", "amira")
                .single();

        test(find(com.vaadin.flow.component.textfield.TextArea.class, amira)
                        .withClassName("feedback-comment")
                        .single())
                .setValue("Quote the telegram.");
        assertThat(counts()).isEqualTo("2 answered · 1 with feedback · 0 released");

        test(find(Button.class, amira).withClassName("release-answer").single()).click();
        assertThat(counts()).isEqualTo("2 answered · 1 with feedback · 1 released");
        assertThat(picker().getValue()).isEqualTo(cer());
    }

    @Test
    @WithUserDetails("hughes")
    void releasing_the_whole_question_updates_the_counts() {
        var answer = fixture.handIn("amira", "hughes", cer(), new CerAnswer("A claim", "E", "R"));
        runAs.user(
                "hughes",
                () -> review.save(
                        answer.answerId(), new FeedbackInput(Map.of(), null, null, "Good", null, false), null));
        navigate(address(cer()), ReviewByQuestionView.class);
        assertThat(counts()).isEqualTo("1 answered · 1 with feedback · 0 released");

        test(find(Button.class).id("release-question")).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(counts()).isEqualTo("1 answered · 1 with feedback · 1 released");
    }

    private List<String> editorsShown() {
        return find(FeedbackEditor.class).all().stream()
                .map(FeedbackEditor::username)
                .toList();
    }

    @Test
    @WithUserDetails("hughes")
    void one_answer_at_a_time_moves_by_student_and_to_the_next_answer_without_feedback() {
        fixture.handIn("amira", "hughes", cer(), new CerAnswer("Claim A", "E", "R"));
        var ben = fixture.handIn("ben", "hughes", cer(), new CerAnswer("Claim B", "E", "R"));
        fixture.handIn("chloe", "hughes", cer(), new CerAnswer("Claim C", "E", "R"));
        runAs.user(
                "hughes",
                () -> review.save(ben.answerId(), new FeedbackInput(Map.of(), null, null, "Done", null, false), null));
        navigate(address(cer()), ReviewByQuestionView.class);

        test(find(Button.class).id("toggle-focus")).click();
        assertThat(editorsShown()).containsExactly("amira");
        assertThat(find(com.vaadin.flow.component.html.Span.class)
                        .id("focus-position")
                        .getText())
                .isEqualTo("Student 1 of 4");
        assertThat(find(QuestionSummary.class).exists()).as("rubric beside").isTrue();
        assertThat(find(SourceText.class).exists()).as("passage beside").isTrue();

        test(find(Button.class).id("next-ungraded")).click();
        assertThat(editorsShown()).as("Ben has feedback already").containsExactly("chloe");
        assertThat(find(com.vaadin.flow.component.html.Span.class)
                        .id("focus-position")
                        .getText())
                .isEqualTo("Student 3 of 4");

        fireShortcut(Key.ARROW_UP, KeyModifier.ALT);
        assertThat(editorsShown()).containsExactly("ben");
        fireShortcut(Key.KEY_N, KeyModifier.ALT);
        assertThat(editorsShown()).containsExactly("chloe");

        fireShortcut(Key.PAGE_DOWN, KeyModifier.ALT);
        assertThat(find(com.vaadin.flow.component.html.Span.class)
                        .withId("focus-position")
                        .exists())
                .as("the next question opens one answer at a time too")
                .isTrue();
        test(find(Button.class).id("toggle-focus")).click();
        assertThat(find(com.vaadin.flow.component.html.Span.class)
                        .withId("focus-position")
                        .exists())
                .isFalse();
    }

    @Test
    @WithUserDetails("hughes")
    void a_released_answer_is_folded_to_its_heading_until_opened() {
        var answer = fixture.handIn("amira", "hughes", cer(), new CerAnswer("A claim", "E", "R"));
        runAs.user("hughes", () -> {
            review.save(answer.answerId(), new FeedbackInput(Map.of(), null, null, "Good", null, false), null);
            review.releaseAnswer(answer.answerId());
        });
        navigate(address(cer()), ReviewByQuestionView.class);
        var editor = find(FeedbackEditor.class)
                .withAttribute("data-student", "amira")
                .single();
        assertThat(editor.hasClassName("folded")).isTrue();

        test(find(Button.class, editor).withClassName("fold-feedback").single()).click();

        assertThat(editor.hasClassName("folded")).isFalse();
        assertThat(find(com.vaadin.flow.component.textfield.TextArea.class, editor)
                        .withClassName("feedback-comment")
                        .single()
                        .getValue())
                .isEqualTo("Good");
    }

    @Test
    @WithUserDetails("hughes")
    void releasing_a_question_without_drafts_says_so_and_asks_nothing() {
        navigate(address(cer()), ReviewByQuestionView.class);

        test(find(Button.class).id("release-question")).click();

        assertThat(find(ConfirmDialog.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("okafor")
    void an_instructor_of_another_class_finds_nothing_there() {
        var address = address(cer());

        UI.getCurrent().navigate(address);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("hughes")
    void a_question_the_lesson_does_not_have_is_not_found() {
        UI.getCurrent().navigate("review/" + fixture.assignmentOf("amira") + "/question/no-such-question");

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("amira")
    void a_student_is_turned_away() {
        var address = address(cer());

        UI.getCurrent().navigate(address);

        assertThat(getCurrentView()).isNotInstanceOf(ReviewByQuestionView.class);
    }

    @Test
    @WithUserDetails("hughes")
    void hiding_the_passage_gives_the_answers_the_whole_width_on_every_question() {
        navigate(address(cer()), ReviewByQuestionView.class);

        test(find(Button.class).id("toggle-passage")).click();

        assertThat(find(com.vaadin.flow.component.html.Div.class)
                        .withClassName("review-layout")
                        .single()
                        .hasClassName("without-source"))
                .isTrue();
        assertThat(find(Button.class).id("toggle-passage").getText()).isEqualTo("Show the passage");
        fireShortcut(Key.PAGE_DOWN, KeyModifier.ALT);
        assertThat(find(com.vaadin.flow.component.html.Div.class)
                        .withClassName("review-layout")
                        .single()
                        .hasClassName("without-source"))
                .isTrue();
    }
}
