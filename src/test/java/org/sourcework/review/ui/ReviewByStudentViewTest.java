package org.sourcework.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcework.base.ui.NotFoundView;
import org.sourcework.lessons.ClaimEvidenceReasoning;
import org.sourcework.lessons.ShortText;
import org.sourcework.responses.AnswerValue.CerAnswer;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.responses.ResponseService;
import org.sourcework.responses.ui.answers.TextTags;
import org.sourcework.review.FeedbackInput;
import org.sourcework.review.ReviewFixture;
import org.sourcework.review.ReviewService;
import org.sourcework.roster.ClassStudent;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.sourcework.support.TelegramQuestions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Grading one student's whole lesson: the student's answers, moving between students, releasing, versions. */
@IntegrationTest
@Import(ReviewFixture.class)
// rolled back after each test, so the demo students stay untouched for the other tests
@Transactional
class ReviewByStudentViewTest extends SpringBrowserlessTest {

    @Autowired
    ReviewFixture fixture;

    @Autowired
    ReviewService review;

    @Autowired
    ResponseService responses;

    @Autowired
    RunAs runAs;

    private ClaimEvidenceReasoning cer() {
        return TelegramQuestions.first(fixture.content("amira"), ClaimEvidenceReasoning.class);
    }

    private String address(String student) {
        return "review/" + fixture.assignmentOf(student) + "/student/" + fixture.idOf(student);
    }

    private String studentName() {
        return find(H2.class).withClassName("student-name").single().getText();
    }

    @Test
    @WithUserDetails("hughes")
    void the_first_student_by_name_is_shown_with_every_question_of_the_lesson() {
        var shortText = TelegramQuestions.firstInText(fixture.content("amira"), ShortText.class);
        fixture.start("amira", cer(), new CerAnswer("My claim", "My evidence", "My reasoning"));
        fixture.start("amira", shortText, new TextAnswer("Walmsley, for Bohlen"));
        fixture.submit("amira");

        navigate("review/" + fixture.assignmentOf("amira") + "/student", ReviewByStudentView.class);

        assertThat(studentName()).isEqualTo("Amira Haddad");
        assertThat(find(FeedbackEditor.class).all())
                .hasSize(2)
                .allSatisfy(editor -> assertThat(editor.username()).isEqualTo("amira"));
        assertThat(find(StudentSection.class).all()).hasSizeGreaterThan(5);
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("Student 1 of 4", "Submitted", "Walmsley, for Bohlen", "My reasoning", "No answer yet.");
    }

    @Test
    @WithUserDetails("hughes")
    void next_previous_and_alt_page_down_move_through_the_class_by_name() {
        navigate(address("amira"), ReviewByStudentView.class);

        test(find(Button.class).id("next-student")).click();
        assertThat(studentName()).isEqualTo("Ben Carter");

        fireShortcut(Key.PAGE_DOWN, KeyModifier.ALT);
        assertThat(studentName()).isEqualTo("Chloé Martin");

        test(find(Button.class).id("previous-student")).click();
        assertThat(studentName()).isEqualTo("Ben Carter");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Student 2 of 4");
    }

    @Test
    @WithUserDetails("hughes")
    void the_student_picker_finds_a_student_by_part_of_the_name() {
        navigate(address("amira"), ReviewByStudentView.class);
        @SuppressWarnings("unchecked")
        ComboBox<ClassStudent> picker = find(ComboBox.class).id("student-picker");

        test(picker).setFilter("chlo");
        assertThat(test(picker).getSuggestions()).containsExactly("Chloé Martin");
        test(picker).selectItem("Chloé Martin");

        assertThat(studentName()).isEqualTo("Chloé Martin");
    }

    @Test
    @WithUserDetails("hughes")
    void releasing_everything_for_the_student_says_how_many_drafts() {
        var shortText = TelegramQuestions.firstInText(fixture.content("ben"), ShortText.class);
        fixture.start("ben", cer(), new CerAnswer("C", "E", "R"));
        fixture.start("ben", shortText, new TextAnswer("An answer"));
        fixture.submit("ben");
        for (var question : List.of(cer(), shortText)) {
            var answer = fixture.answer("hughes", fixture.assignmentOf("ben"), "ben", question.id());
            runAs.user(
                    "hughes",
                    () -> review.save(
                            answer.answerId(),
                            new FeedbackInput(Map.of(), null, null, "Look again", null, false),
                            null));
        }
        navigate(address("ben"), ReviewByStudentView.class);

        test(find(Button.class).id("release-student")).click();
        var dialog = find(ConfirmDialog.class).single();
        assertThat(dialog.getElement().getTextRecursively())
                .contains("2 drafts will be released", "Ben Carter will see them at once");
        test(dialog).confirm();

        assertThat(find(FeedbackEditor.class).all())
                .allSatisfy(editor ->
                        assertThat(editor.getElement().getTextRecursively()).contains("Released · not read yet"));
    }

    @Test
    @WithUserDetails("hughes")
    void a_revised_answer_shows_its_versions_with_the_words_that_changed() {
        var first = fixture.handIn("chloe", "hughes", cer(), new CerAnswer("The Soviets were friendly.", "", ""));
        runAs.user("hughes", () -> {
            review.save(
                    first.answerId(), new FeedbackInput(Map.of(), null, null, "Read sentence 2 again.", 2, true), null);
            review.releaseAnswer(first.answerId());
        });
        var assignment = fixture.assignmentOf("chloe");
        runAs.user("chloe", () -> {
            var saved = responses.open(assignment).answers().get(cer().id());
            responses.save(
                    assignment, cer().id(), new CerAnswer("The Soviets were still hostile.", "", ""), saved.version());
            responses.handInRevision(assignment, cer().id());
        });

        navigate(address("chloe"), ReviewByStudentView.class);
        var history = find(AnswerVersions.class).single();
        history.setOpened(true);

        assertThat(find(TextTags.Deleted.class, history).all())
                .extracting(d -> d.getElement().getTextRecursively())
                .anySatisfy(text -> assertThat(text).contains("friendly."));
        assertThat(find(TextTags.Inserted.class, history).all())
                .extracting(d -> d.getElement().getTextRecursively())
                .anySatisfy(text -> assertThat(text).contains("still hostile."));
        assertThat(history.getElement().getTextRecursively())
                .contains("Version 1", "Version 2", "Read sentence 2 again.");
    }

    @Test
    @WithUserDetails("okafor")
    void an_instructor_of_another_class_finds_nothing_there() {
        var address = address("amira");

        UI.getCurrent().navigate(address);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("hughes")
    void a_student_of_another_class_is_not_found_in_this_one() {
        UI.getCurrent().navigate("review/" + fixture.assignmentOf("amira") + "/student/" + fixture.idOf("elena"));

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
