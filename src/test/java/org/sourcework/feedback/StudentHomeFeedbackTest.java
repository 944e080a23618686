package org.sourcework.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.sourcework.feedback.ui.FeedbackView;
import org.sourcework.home.ui.StudentHomeView;
import org.sourcework.lessons.ShortText;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.responses.ClassWorkService;
import org.sourcework.responses.ResponseService;
import org.sourcework.responses.ui.ReaderView;
import org.sourcework.review.FeedbackInput;
import org.sourcework.review.ReviewFixture;
import org.sourcework.review.ReviewService;
import org.sourcework.roster.ClassAdminService;
import org.sourcework.roster.ClassRosterService;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.sourcework.support.TelegramQuestions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The student's home puts new feedback first, says what is new, and leads to the feedback and the revision. */
@IntegrationTest
@Import(ReviewFixture.class)
@Transactional
class StudentHomeFeedbackTest extends SpringBrowserlessTest {

    @Autowired
    ReviewFixture fixture;

    @Autowired
    ReviewService review;

    @Autowired
    ResponseService responses;

    @Autowired
    ClassWorkService classWork;

    @Autowired
    RosterQueries roster;

    @Autowired
    ClassAdminService classAdmin;

    @Autowired
    ClassRosterService classRoster;

    @Autowired
    RunAs runAs;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private List<Div> cards() {
        return find(Div.class).withClassName("lesson-card").all();
    }

    private static String text(Component component) {
        return org.sourcework.support.Rendered.text(component);
    }

    /** Another class of the student's, taught by hughes, with the telegram due earlier (so listed first). */
    private long extraAssignment(String student, String name) {
        var lessonId =
                runAs.user(student, () -> roster.myAssignments().getFirst().lessonId());
        return runAs.user("admin", () -> {
            var extra = classAdmin.create(name, "Spring 2027");
            classRoster.enrolStudent(extra.id(), student);
            classRoster.addInstructor(extra.id(), "hughes");
            return classRoster.assignLesson(extra.id(), lessonId, Instant.parse("2020-01-01T09:00:00Z"));
        });
    }

    /** The student answers one question and submits; hughes comments and releases. */
    private void feedbackOn(long assignment, String student, boolean revise) {
        var question = TelegramQuestions.firstInText(responses.open(assignment).content(), ShortText.class);
        responses.save(assignment, question.id(), new TextAnswer("My answer"), null);
        responses.submit(assignment);
        var answer = fixture.answer("hughes", assignment, student, question.id());
        runAs.user("hughes", () -> {
            review.save(answer.answerId(), new FeedbackInput(Map.of(), null, null, "Look again", null, revise), null);
            review.releaseAnswer(answer.answerId());
        });
    }

    @Test
    @WithUserDetails("amira")
    void lessons_with_new_feedback_come_first_with_a_button_to_read_it() {
        var withFeedback = fixture.assignmentOf("amira");
        extraAssignment("amira", "Reading group");
        feedbackOn(withFeedback, "amira", false);

        navigate(StudentHomeView.class);

        assertThat(cards()).hasSize(2);
        var first = cards().getFirst();
        assertThat(text(first))
                .contains("Class: History 11A", "New feedback", "Your instructor has sent feedback on 1 answer.");
        assertThat(text(cards().get(1)))
                .contains("Class: Reading group", "Not started")
                .doesNotContain("feedback");
        var read = find(Button.class, first).withClassName("read-feedback").single();
        assertThat(read.getText()).isEqualTo("Read feedback");
        assertThat(find(Button.class, cards().get(1))
                        .withClassName("read-feedback")
                        .exists())
                .isFalse();

        test(read).click();

        assertThat(getCurrentView()).isInstanceOf(FeedbackView.class);
        navigate(StudentHomeView.class);
        var seen = cards().stream()
                .filter(card -> text(card).contains("History 11A"))
                .findFirst()
                .orElseThrow();
        assertThat(text(seen)).contains("Feedback ready").doesNotContain("New feedback");
        assertThat(find(Button.class).withClassName("read-feedback").exists()).isFalse();
        assertThat(find(Button.class, seen)
                        .withClassName("see-feedback")
                        .single()
                        .getText())
                .isEqualTo("See feedback");
    }

    @Test
    @WithUserDetails("ben")
    void an_answer_to_revise_shows_on_the_card_and_leads_to_its_section() {
        var assignment = fixture.assignmentOf("ben");
        feedbackOn(assignment, "ben", true);
        navigate("feedback/" + assignment, FeedbackView.class);

        navigate(StudentHomeView.class);

        var card = cards().getFirst();
        assertThat(text(card)).contains("Revision requested", "Your instructor asks you to revise 1 answer.");
        assertThat(find(Button.class, card).withClassName("see-feedback").exists())
                .isTrue();
        test(find(Button.class, card).withClassName("revise").single()).click();
        assertThat(getCurrentView()).isInstanceOf(ReaderView.class);
        var section = TelegramQuestions.firstInText(responses.open(assignment).content(), ShortText.class)
                .sectionId();
        assertThat(currentLocation()).isEqualTo("lesson/" + assignment + "/" + section);
    }

    @Test
    @WithUserDetails("daniel")
    void a_lesson_reopened_after_feedback_offers_to_continue_first_and_still_the_feedback() {
        var assignment = fixture.assignmentOf("daniel");
        feedbackOn(assignment, "daniel", false);
        navigate("feedback/" + assignment, FeedbackView.class);
        runAs.user("hughes", () -> classWork.reopen(assignment, fixture.idOf("daniel")));

        navigate(StudentHomeView.class);

        var card = cards().getFirst();
        assertThat(text(card)).contains("In progress").doesNotContain("New feedback");
        var buttons = find(Button.class, card).all();
        assertThat(buttons).extracting(Button::getText).containsExactly("Continue", "See feedback");
        assertThat(buttons.getFirst().getThemeNames()).contains("primary");
    }

    @Test
    @WithUserDetails("chloe")
    void the_home_costs_the_same_statements_for_one_lesson_with_feedback_as_for_three() {
        feedbackOn(fixture.assignmentOf("chloe"), "chloe", false);
        var withOne = statementsOfHome();
        for (var name : List.of("Reading group", "Debate club")) {
            feedbackOn(extraAssignment("chloe", name), "chloe", true);
        }

        var withThree = statementsOfHome();

        assertThat(cards()).hasSize(3);
        assertThat(withOne).as("statements are counted").isPositive();
        assertThat(withThree).isEqualTo(withOne);
    }

    private long statementsOfHome() {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        navigate(StudentHomeView.class);
        var enabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            navigate(StudentHomeView.class);
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(enabled);
        }
    }

    private String currentLocation() {
        return com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .getInternals()
                .getActiveViewLocation()
                .getPath();
    }
}
