package org.sourcework.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.ShortcutsKt;
import com.vaadin.flow.component.BlurNotifier;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcework.base.ui.AutosaveStatus;
import org.sourcework.base.ui.Autosaver;
import org.sourcework.base.ui.VersionConflictDialog;
import org.sourcework.feedback.StudentFeedbackService;
import org.sourcework.lessons.ClaimEvidenceReasoning;
import org.sourcework.lessons.Evidence;
import org.sourcework.lessons.Level;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.ShortText;
import org.sourcework.responses.AnswerValue.CerAnswer;
import org.sourcework.responses.AnswerValue.EvidenceAnswer;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.responses.ClassWorkService;
import org.sourcework.review.FeedbackInput;
import org.sourcework.review.GivenFeedback;
import org.sourcework.review.ReviewFixture;
import org.sourcework.review.ReviewService;
import org.sourcework.roster.ClassRosterService;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.Rendered;
import org.sourcework.support.RunAs;
import org.sourcework.support.TelegramQuestions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The feedback editor: rubric and score, overrides, comments and the comment bank, autosave, conflicts, release. */
@IntegrationTest
@Import(ReviewFixture.class)
// rolled back after each test, so the demo students stay untouched for the other tests
@Transactional
@WithUserDetails("hughes")
class FeedbackEditorTest extends SpringBrowserlessTest {

    @Autowired
    ReviewFixture fixture;

    @Autowired
    ReviewService review;

    @Autowired
    StudentFeedbackService studentFeedback;

    @Autowired
    RunAs runAs;

    @Autowired
    ClassWorkService classWork;

    @Autowired
    ClassRosterService classRoster;

    private ClaimEvidenceReasoning cer() {
        return TelegramQuestions.first(fixture.content("amira"), ClaimEvidenceReasoning.class);
    }

    private FeedbackEditor open(Question question, String student) {
        navigate("review/" + fixture.assignmentOf(student) + "/question/" + question.id(), ReviewByQuestionView.class);
        return find(FeedbackEditor.class).withAttribute("data-student", student).single();
    }

    private FeedbackEditor handedInCer(String student) {
        fixture.start(student, cer(), new CerAnswer("No less of a challenge.", "Sentence 2.", "It says so."));
        fixture.submit(student);
        return open(cer(), student);
    }

    private TextArea comment(FeedbackEditor editor) {
        return find(TextArea.class, editor).withClassName("feedback-comment").single();
    }

    private String status(FeedbackEditor editor) {
        return Rendered.text(find(AutosaveStatus.class, editor).single());
    }

    private GivenFeedback saved(String student, Question question) {
        var studentId = fixture.idOf(student);
        return runAs
                .user("hughes", () -> review.feedbackFor(fixture.assignmentOf(student), List.of(studentId)))
                .stream()
                .filter(given -> given.questionId().equals(question.id()))
                .reduce((a, b) -> b)
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private List<RadioButtonGroup<Level>> rubric(FeedbackEditor editor) {
        return find(RadioButtonGroup.class, editor).withClassName("rubric-criterion").all().stream()
                .map(group -> (RadioButtonGroup<Level>) group)
                .toList();
    }

    @Test
    void choosing_a_level_for_every_criterion_gives_the_score_and_saves_it() {
        var editor = handedInCer("amira");
        var groups = rubric(editor);
        assertThat(groups).hasSize(cer().rubric().criteria().size());

        groups.forEach(group -> group.setValue(group.getListDataView().getItem(1)));

        var expected = cer().rubric().criteria().stream()
                .mapToInt(c -> c.levels().get(1).score())
                .sum();
        assertThat(find(BigDecimalField.class, editor).single().getValue())
                .isEqualByComparingTo(BigDecimal.valueOf(expected));
        assertThat(saved("amira", cer()).score()).isEqualByComparingTo(BigDecimal.valueOf(expected));
        assertThat(saved("amira", cer()).scoreOverridden()).isFalse();
        assertThat(status(editor)).matches("Saved at \\d{1,2}:\\d{2}.*");
        assertThat(editor.getElement().getTextRecursively()).contains("Draft");
    }

    @Test
    void changing_the_score_asks_for_a_reason_and_the_service_refuses_it_without_one() {
        var editor = handedInCer("ben");
        rubric(editor).forEach(group -> group.setValue(group.getListDataView().getItem(2)));
        assertThat(find(TextField.class, editor)
                        .withClassName("override-reason")
                        .exists())
                .isFalse();

        find(BigDecimalField.class, editor).single().setValue(new BigDecimal("1"));

        var reason =
                find(TextField.class, editor).withClassName("override-reason").single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give a reason for changing the score from 6 to 1.");
        assertThat(status(editor)).contains("Not saved");

        test(reason).setValue("Copied the exemplar");

        assertThat(status(editor)).contains("Saved at");
        var given = saved("ben", cer());
        assertThat(given.score()).isEqualByComparingTo("1");
        assertThat(given.scoreOverridden()).isTrue();
        assertThat(given.overrideReason()).isEqualTo("Copied the exemplar");
    }

    @Test
    void a_refused_comment_shows_the_message_beside_it_and_keeps_what_was_typed() {
        var editor = handedInCer("chloe");
        var comment = comment(editor);
        var tooLong = "x".repeat(5001);

        comment.setValue(tooLong);

        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).startsWith("A comment can be at most 5000 characters long");
        assertThat(comment.getValue()).isEqualTo(tooLong);
    }

    @Test
    void the_comment_is_saved_once_typing_stops_and_says_when() {
        var editor = handedInCer("amira");
        var comment = comment(editor);
        assertThat(comment.getValueChangeMode()).isEqualTo(ValueChangeMode.LAZY);
        assertThat(comment.getValueChangeTimeout()).isEqualTo(Autosaver.TYPING_PAUSE_MILLIS);

        test(comment).setValue("Quote the telegram.");

        assertThat(saved("amira", cer()).comment()).isEqualTo("Quote the telegram.");
        assertThat(status(editor)).matches("Saved at \\d{1,2}:\\d{2}.*");
        assertThat(comment.getHelperText()).isEqualTo("19 / 5000");
    }

    @Test
    void a_bank_comment_goes_into_the_comment_with_a_click_and_can_be_edited() {
        var editor = handedInCer("ben");
        var first = find(Button.class, editor).withClassName("bank-comment").first();
        var suggestion = cer().comments().stream()
                .filter(c -> "claim".equals(c.criterionId()))
                .findFirst()
                .orElseThrow()
                .text()
                .strip();

        test(first).click();

        assertThat(comment(editor).getValue()).isEqualTo(suggestion);
        test(comment(editor)).setValue(suggestion + " Then say why.");
        assertThat(saved("ben", cer()).comment()).isEqualTo(suggestion + " Then say why.");
    }

    @Test
    void alt_and_a_number_adds_that_comment_of_the_bank() {
        var editor = handedInCer("chloe");
        test(comment(editor)).setValue("Good start.");
        var second =
                find(Button.class, editor).withClassName("bank-comment").all().get(1);
        var text = second.getElement().getTextRecursively();

        ShortcutsKt._fireShortcut(editor, Key.DIGIT_2, KeyModifier.ALT);

        assertThat(comment(editor).getValue())
                .startsWith("Good start. ")
                .endsWith(text.substring(1).strip());
        assertThat(saved("chloe", cer()).comment()).isEqualTo(comment(editor).getValue());
    }

    @Test
    void the_instructor_keeps_a_comment_for_reuse_and_removes_it_again() {
        var editor = handedInCer("amira");
        test(comment(editor)).setValue("Use the date in your answer.");
        var before =
                find(Button.class, editor).withClassName("bank-comment").all().size();

        test(find(Button.class, editor).withClassName("bank-keep").single()).click();

        assertThat(find(Button.class, editor).withClassName("bank-comment").all())
                .hasSize(before + 1)
                .last()
                .satisfies(button ->
                        assertThat(button.getElement().getTextRecursively()).contains("Use the date in your answer."));
        test(find(Button.class, editor).withClassName("bank-remove").single()).click();
        assertThat(find(Button.class, editor).withClassName("bank-comment").all())
                .hasSize(before);
    }

    /** Another instructor of the student's class, for this test only (rolled back). */
    private void okaforAlsoTeaches(String student) {
        var classId = runAs.user(
                "hughes",
                () -> classWork.assignment(fixture.assignmentOf(student)).classId());
        runAs.user("admin", () -> classRoster.addInstructor(classId, "okafor"));
    }

    private void saveAs(String instructor, GivenFeedback over, String comment) {
        runAs.user(
                instructor,
                () -> review.save(
                        over.answerId(),
                        new FeedbackInput(Map.of(), null, null, comment, null, false),
                        over.version()));
    }

    /** The comment field loses the focus, as it does when a dialog opens over it. */
    private void blur(TextArea field) {
        ComponentUtil.fireEvent(field, new BlurNotifier.BlurEvent<>(field, true));
    }

    @Test
    void feedback_changed_in_another_window_of_the_same_instructor_asks_once_and_says_another_window() {
        var editor = handedInCer("ben");
        test(comment(editor)).setValue("Mine, first.");
        saveAs("hughes", saved("ben", cer()), "Theirs, from another tab.");

        test(comment(editor)).setValue("Mine, second.");
        blur(comment(editor));

        var dialog = find(Dialog.class)
                .withCondition(d -> d instanceof VersionConflictDialog)
                .single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("This feedback was changed in another window");
        assertThat(dialog.getElement().getTextRecursively())
                .contains(
                        "You saved different feedback on this answer" + " in another window",
                        "Theirs, from another tab.")
                .doesNotContain("Another instructor");
        test(find(Button.class, dialog).withText("Load the other version").single())
                .click();
        assertThat(comment(editor).getValue()).isEqualTo("Theirs, from another tab.");
        test(comment(editor)).setValue("Theirs, then mine.");
        assertThat(saved("ben", cer()).comment()).isEqualTo("Theirs, then mine.");
    }

    @Test
    void feedback_another_instructor_changed_names_them_and_keeping_mine_saves_once_without_an_error() {
        okaforAlsoTeaches("chloe");
        var editor = handedInCer("chloe");
        test(comment(editor)).setValue("Mine, first.");
        saveAs("okafor", saved("chloe", cer()), "Theirs.");

        test(comment(editor)).setValue("Mine, second.");
        blur(comment(editor));
        var dialog = find(Dialog.class)
                .withCondition(d -> d instanceof VersionConflictDialog)
                .single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Someone else changed this feedback");
        assertThat(dialog.getElement().getTextRecursively()).contains("Another instructor of this class", "Theirs.");
        test(find(Button.class, dialog).withText("Keep mine").single()).click();
        blur(comment(editor));

        assertThat(find(Dialog.class)
                        .withCondition(d -> d instanceof VersionConflictDialog && d.isOpened())
                        .exists())
                .isFalse();
        assertThat(find(Notification.class).exists())
                .as("no error after a choice that was saved")
                .isFalse();
        assertThat(saved("chloe", cer()).comment()).isEqualTo("Mine, second.");
        assertThat(status(editor)).contains("Saved at");
    }

    @Test
    void feedback_another_instructor_saved_over_is_shown_with_who_replaced_it_on_the_next_check() {
        okaforAlsoTeaches("daniel");
        var editor = handedInCer("daniel");
        test(comment(editor)).setValue("Mine.");
        saveAs("okafor", saved("daniel", cer()), "Okafor's, over mine.");

        ((ReviewScreen) getCurrentView()).checkStored();

        assertThat(comment(editor).getValue()).isEqualTo("Okafor's, over mine.");
        assertThat(status(editor)).startsWith("Replaced by feedback another instructor saved at");
    }

    @Test
    void releasing_one_answer_shows_it_to_the_student_and_then_whether_it_was_read() {
        var editor = handedInCer("amira");
        test(comment(editor)).setValue("Well argued.");

        test(find(Button.class, editor).withClassName("release-answer").single())
                .click();

        assertThat(editor.getElement().getTextRecursively()).contains("Released · not read yet");
        assertThat(find(Button.class, editor).withClassName("release-answer").exists())
                .isFalse();
        var assignment = fixture.assignmentOf("amira");
        assertThat(runAs.user(
                        "amira", () -> studentFeedback.myFeedback(assignment).feedback()))
                .extracting(GivenFeedback::comment)
                .containsExactly("Well argued.");
        var fold = find(Button.class, editor).withClassName("fold-feedback").single();
        assertThat(fold.getText()).as("the released card folds to its heading").isEqualTo("Show");
        test(fold).click();
        test(comment(editor)).setValue("Well argued, and well cited.");
        assertThat(status(editor)).contains("Saved at");
    }

    @Test
    void an_answer_not_handed_in_is_shown_read_only_with_a_note() {
        var question = TelegramQuestions.firstInText(fixture.content("daniel"), ShortText.class);
        fixture.start("daniel", question, new TextAnswer("Still writing"));

        var editor = open(question, "daniel");

        assertThat(editor.getElement().getTextRecursively()).contains("Still writing", "Not handed in yet");
        assertThat(find(TextArea.class, editor).all()).isEmpty();
        assertThat(find(Button.class, editor).withClassName("release-answer").all())
                .isEmpty();
    }

    @Test
    void an_automatically_scored_answer_opens_its_feedback_only_when_asked() {
        var evidence = TelegramQuestions.first(fixture.content("ben"), Evidence.class);
        fixture.start("ben", evidence, new EvidenceAnswer(List.of(1)));
        fixture.submit("ben");
        var editor = open(evidence, "ben");
        assertThat(editor.getElement().getTextRecursively()).contains("Automatic score 0 of 1");
        assertThat(find(TextArea.class, editor).exists()).isFalse();

        test(find(Button.class, editor).withClassName("open-feedback").single()).click();

        assertThat(find(BigDecimalField.class, editor).single().getValue()).isEqualByComparingTo("0");
        test(comment(editor)).setValue("Sentence 1 is what they reject, not what they keep.");
        assertThat(saved("ben", evidence).comment()).startsWith("Sentence 1 is what they reject");
    }

    @Test
    void leaving_with_feedback_the_service_refused_asks_first() {
        var editor = handedInCer("daniel");
        rubric(editor).forEach(group -> group.setValue(group.getListDataView().getItem(0)));
        find(BigDecimalField.class, editor).single().setValue(new BigDecimal("3"));

        test(find(Button.class).id("next-question")).click();

        var dialog = find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class)
                .single();
        assertThat(dialog.getElement().getProperty("header")).isEqualTo("Some feedback is not saved");
        assertThat(find(FeedbackEditor.class)
                        .withAttribute("data-student", "daniel")
                        .exists())
                .isTrue();
    }
}
