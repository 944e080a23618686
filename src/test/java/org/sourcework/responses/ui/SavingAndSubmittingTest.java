package org.sourcework.responses.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.BlurNotifier;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.responses.ResponseService;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.Rendered;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
// rolled back after each test, so the demo students stay untouched for the other tests
@Transactional
class SavingAndSubmittingTest extends SpringBrowserlessTest {

    @Autowired
    RunAs runAs;

    @Autowired
    RosterQueries roster;

    @Autowired
    ResponseService responses;

    @Test
    @WithUserDetails("chloe")
    void answer_changed_in_another_tab_is_not_overwritten_silently() {
        var assignment = ReaderTestSupport.assignmentOf(runAs, roster, "chloe");
        navigate("lesson/" + assignment, ReaderView.class);
        var card = find(QuestionCard.class).id("question-hn-predict");
        var area = find(TextArea.class, card).single();
        runAs.user("chloe", () -> responses.save(assignment, "hn-predict", new TextAnswer("From the other tab"), null));

        test(area).setValue("From this tab");

        var dialog = find(Dialog.class)
                .withCondition(d -> d instanceof ConflictDialog)
                .single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("This answer was changed in another window");
        test(find(Button.class, dialog).withText("Load the newer version").single())
                .click();

        assertThat(area.getValue()).isEqualTo("From the other tab");
        test(area).setValue("From this tab, after all");
        assertThat(runAs.user("chloe", () -> responses.open(assignment))
                        .answers()
                        .get("hn-predict")
                        .value())
                .isEqualTo(new TextAnswer("From this tab, after all"));
    }

    @Test
    @WithUserDetails("chloe")
    void a_conflict_opens_one_dialog_with_both_versions_and_the_header_waits_for_the_choice() {
        var assignment = ReaderTestSupport.assignmentOf(runAs, roster, "chloe");
        navigate("lesson/" + assignment, ReaderView.class);
        var area = find(TextArea.class, find(QuestionCard.class).id("question-hn-predict"))
                .single();
        runAs.user("chloe", () -> responses.save(assignment, "hn-predict", new TextAnswer("From the other tab"), null));

        test(area).setValue("From this tab");
        // the dialog takes the focus: the field sends its value once more on leaving
        ComponentUtil.fireEvent(area, new BlurNotifier.BlurEvent<>(area, true));

        var dialog = find(Dialog.class)
                .withCondition(d -> d instanceof ConflictDialog)
                .single();
        assertThat(find(Div.class, dialog)
                        .withClassName("conflict-theirs")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("Saved in the other windowFrom the other tab");
        assertThat(find(Div.class, dialog)
                        .withClassName("conflict-mine")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("In this windowFrom this tab");
        assertThat(Rendered.text(find(PageSaveStatus.class).single()))
                .startsWith("Not saved: an answer was changed in another window");

        test(find(Button.class, dialog).withText("Keep my version").single()).click();
        ComponentUtil.fireEvent(area, new BlurNotifier.BlurEvent<>(area, true));

        assertThat(find(Dialog.class)
                        .withCondition(d -> d instanceof ConflictDialog && d.isOpened())
                        .exists())
                .isFalse();
        assertThat(find(Notification.class).exists())
                .as("no error after a choice that was saved")
                .isFalse();
        assertThat(Rendered.text(find(PageSaveStatus.class).single())).startsWith("All changes saved at");
        assertThat(runAs.user("chloe", () -> responses.open(assignment))
                        .answers()
                        .get("hn-predict")
                        .value())
                .isEqualTo(new TextAnswer("From this tab"));
    }

    @Test
    @WithUserDetails("daniel")
    void submitting_lists_unanswered_questions_and_then_everything_is_read_only() {
        var assignment = ReaderTestSupport.assignmentOf(runAs, roster, "daniel");
        navigate("lesson/" + assignment + "/summary", ReaderView.class);

        test(find(Button.class).withText("Submit the lesson").single()).click();
        var dialog = find(ConfirmDialog.class).single();
        assertThat(dialog.getElement().getTextRecursively())
                .contains("44 questions are not answered yet", "Before you read: Who sent this telegram");
        test(dialog).confirm();

        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Submitted on");
        assertThat(find(TextArea.class).all()).allMatch(TextArea::isReadOnly);
        assertThat(find(Button.class).withText("Submit").exists()).isFalse();
    }
}
