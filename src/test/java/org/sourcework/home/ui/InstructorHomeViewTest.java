package org.sourcework.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.sourcework.lessons.ShortText;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.responses.ResponseService;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.sourcework.support.TelegramQuestions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class InstructorHomeViewTest extends SpringBrowserlessTest {

    @Autowired
    RunAs runAs;

    @Autowired
    RosterQueries roster;

    @Autowired
    ResponseService responses;

    private long assignmentOf(String student) {
        return runAs.user(student, () -> roster.myAssignments().getFirst().assignmentId());
    }

    private String text(String className) {
        return find(Span.class).withClassName(className).single().getText();
    }

    @Test
    @WithUserDetails("hughes")
    void each_assigned_lesson_links_to_its_class_overview() {
        navigate(InstructorHomeView.class);

        assertThat(find(H3.class).all())
                .extracting(H3::getText)
                .containsExactly(
                        "Moscow, April 1956: An American Embassy Reads the Soviet Line after the 20th Congress");
        var review = find(Anchor.class).withClassName("class-card-review").single();
        assertThat(review.getHref()).isEqualTo("review/" + assignmentOf("amira"));
        assertThat(review.getText()).isEqualTo("Review");
        assertThat(review.getElement().getAttribute("aria-label"))
                .startsWith("Review Moscow, April 1956")
                .endsWith("History 11A");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Due ");
    }

    @Test
    @WithUserDetails("hughes")
    void the_card_counts_submitted_work_and_work_waiting_for_review() {
        navigate(InstructorHomeView.class);
        assertThat(text("class-card-submitted")).isEqualTo("0 of 4 submitted");
        assertThat(text("class-card-reviewed")).isEqualTo("nothing to review");

        var assignment = assignmentOf("ben");
        runAs.user("ben", () -> {
            var question =
                    TelegramQuestions.firstInText(responses.open(assignment).content(), ShortText.class);
            responses.save(assignment, question.id(), new TextAnswer("The embassy's senior officer."), null);
            responses.submit(assignment);
        });
        navigate(InstructorHomeView.class);

        assertThat(text("class-card-submitted")).isEqualTo("1 of 4 submitted");
        assertThat(text("class-card-to-review")).isEqualTo("1 to review");
    }

    @Test
    @WithUserDetails("okafor")
    void another_instructor_sees_only_her_own_class_and_its_lesson() {
        navigate(InstructorHomeView.class);

        assertThat(find(Anchor.class)
                        .withClassName("class-card-review")
                        .single()
                        .getHref())
                .isEqualTo("review/" + assignmentOf("elena"));
    }
}
