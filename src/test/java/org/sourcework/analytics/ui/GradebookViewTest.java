package org.sourcework.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcework.analytics.GradebookPart;
import org.sourcework.analytics.GradebookRow;
import org.sourcework.base.ui.NotFoundView;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.SingleChoice;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;
import org.sourcework.responses.ResponseService;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.sourcework.support.TelegramQuestions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The gradebook screen: a row per student, sorting, sections or skills, both exports, who may open it. */
@IntegrationTest
// rolled back after each test, so the demo students stay untouched for the other tests
@Transactional
class GradebookViewTest extends SpringBrowserlessTest {

    @Autowired
    RunAs runAs;

    @Autowired
    RosterQueries roster;

    @Autowired
    ResponseService responses;

    private long assignment;
    private LessonContent content;

    @BeforeEach
    void findAssignment() {
        assignment = runAs.user("amira", () -> roster.myAssignments().getFirst().assignmentId());
        content = runAs.user("amira", () -> responses.open(assignment).content());
    }

    private GradebookGrid grid() {
        return find(GradebookGrid.class).single();
    }

    private List<String> names() {
        var grid = test(grid());
        return IntStream.range(0, grid.size())
                .mapToObj(i -> grid.getRow(i).student().displayName())
                .toList();
    }

    @Test
    @WithUserDetails("hughes")
    void one_row_per_student_sorted_by_total_puts_the_highest_first() {
        var question = TelegramQuestions.first(content, SingleChoice.class);
        runAs.user(
                "ben",
                () -> responses.save(
                        assignment,
                        question.id(),
                        new ChoiceAnswer(List.of(question.correctOption().id())),
                        null));

        navigate("review/" + assignment + "/gradebook", GradebookView.class);
        assertThat(names()).containsExactly("Amira Haddad", "Ben Carter", "Chloé Martin", "Daniel Kowalski");

        grid().sort(GridSortOrder.desc(grid().getColumnByKey(GradebookPart.TOTAL))
                .build());

        assertThat(names().getFirst()).isEqualTo("Ben Carter");
        assertThat(test(grid()).getRow(0).earned()).containsKey(GradebookPart.TOTAL);
        assertThat(test(grid()).getRow(1).earned()).as("nothing scored yet").isEmpty();
    }

    @Test
    @WithUserDetails("hughes")
    void sections_or_skills_are_shown_one_set_at_a_time_and_both_exports_are_offered() {
        navigate("review/" + assignment + "/gradebook", GradebookView.class);
        var sectionKey = "section-" + content.questions().getLast().sectionId();
        var skillKey = "skill-" + content.questions().getFirst().skill().fileName();
        assertThat(grid().getColumnByKey(sectionKey).isVisible()).isTrue();
        assertThat(grid().getColumnByKey(skillKey).isVisible()).isFalse();

        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> columns = find(RadioButtonGroup.class).id("gradebook-columns");
        assertThat(columns.getListDataView().getItems().map(columns.getItemLabelGenerator()))
                .as("no platform to show for a lesson not launched from one")
                .containsExactly("Scores by section", "Scores by skill");
        test(columns).selectItem("Scores by skill");

        assertThat(grid().getColumnByKey(sectionKey).isVisible()).isFalse();
        assertThat(grid().getColumnByKey(skillKey).isVisible()).isTrue();
        assertThat(find(Anchor.class).id("export-gradebook").getElement().getTextRecursively())
                .isEqualTo("Export gradebook (CSV)");
        assertThat(find(Anchor.class).id(ExportButton.ID).getElement().getTextRecursively())
                .isEqualTo("Export answers (CSV)");
    }

    @Test
    @WithUserDetails("okafor")
    void an_instructor_of_another_class_finds_nothing_there() {
        UI.getCurrent().navigate("review/" + assignment + "/gradebook");

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("amira")
    void a_student_is_turned_away() {
        UI.getCurrent().navigate("review/" + assignment + "/gradebook");

        assertThat(getCurrentView()).isNotInstanceOf(GradebookView.class);
    }

    @Test
    @WithUserDetails("hughes")
    void a_lesson_not_launched_from_a_platform_has_no_platform_column() {
        navigate("review/" + assignment + "/gradebook", GradebookView.class);

        assertThat(grid().getColumnByKey("platform")).isNull();
    }

    @Test
    @WithUserDetails("hughes")
    void a_lesson_launched_from_a_platform_says_where_each_score_is_and_offers_to_send_a_failed_one_again() {
        scoresOnTheirWayToAPlatform();

        navigate("review/" + assignment + "/gradebook", GradebookView.class);
        var sectionKey = "section-" + content.questions().getLast().sectionId();
        assertThat(grid().getColumnByKey("platform").isVisible()).isFalse();
        assertThat(grid().getElement().getAttribute("aria-label"))
                .isEqualTo("Gradebook: a row per student, with the columns chosen under Show");

        // a set of its own: beside every section's column it would not fit a laptop screen
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> columns = find(RadioButtonGroup.class).id("gradebook-columns");
        test(columns).selectItem("Scores sent to the learning platform");
        assertThat(grid().getColumnByKey("platform").isVisible()).isTrue();
        assertThat(grid().getColumnByKey(sectionKey).isVisible()).isFalse();
        assertThat(find(Paragraph.class)
                        .withClassName("analytics-note")
                        .single()
                        .getText())
                .startsWith("The total is the score each student sees now.");
        assertThat(platformCell(0).text()) // Amira: tried once, tries again
                .startsWith("Could not send to Grade LMS: the platform did not answer. Sourcework will try again at ");
        assertThat(platformCell(0).sendAgain()).isNotNull();
        assertThat(platformCell(1).text()).isEqualTo("Sent to Grade LMS"); // Ben
        assertThat(platformCell(1).sendAgain()).isNull();
        assertThat(platformCell(2).text()) // Chloé: every try failed
                .isEqualTo("Could not send to Grade LMS: the platform refused the score. Sourcework has stopped "
                        + "trying; select Send again once the platform works again.");
        assertThat(platformCell(3).text()).isEqualTo("Nothing sent yet"); // Daniel

        var sendAgain = platformCell(2).sendAgain();
        ComponentUtil.fireEvent(sendAgain, new ClickEvent<>(sendAgain));

        assertThat(platformCell(2).text()).isEqualTo("Waiting to send to Grade LMS");

        test(columns).selectItem("Scores by section");
        assertThat(grid().getColumnByKey("platform").isVisible()).isFalse();
        assertThat(grid().getColumnByKey(sectionKey).isVisible()).isTrue();
    }

    private record PlatformCell(String text, Button sendAgain) {}

    @SuppressWarnings("unchecked")
    private PlatformCell platformCell(int row) {
        var renderer = (ComponentRenderer<Component, GradebookRow>)
                grid().getColumnByKey("platform").getRenderer();
        var cell = renderer.createComponent(test(grid()).getRow(row));
        var text = cell.getChildren()
                .filter(Span.class::isInstance)
                .map(span -> ((Span) span).getText())
                .findFirst()
                .orElseThrow();
        var button = cell.getChildren()
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .findFirst()
                .orElse(null);
        return new PlatformCell(text, button);
    }

    @Autowired
    JdbcClient jdbc;

    /** Written straight into the tables (and rolled back): a platform, the lesson's line item, three scores. */
    private void scoresOnTheirWayToAPlatform() {
        var now = Timestamp.from(Instant.now());
        jdbc.sql("insert into lti_platform (id, version, name, issuer, client_id, jwks_url, auth_url, token_url,"
                        + " created_at) values (990001, 0, 'Grade LMS', 'https://lms.example', 'tool',"
                        + " 'https://lms.example/jwks', 'https://lms.example/auth', 'https://lms.example/token', ?)")
                .param(now)
                .update();
        jdbc.sql(
                        "insert into lti_resource_link (platform_id, resource_link_id, assignment_id) values (990001, 'rl', ?)")
                .param(assignment)
                .update();
        jdbc.sql("insert into lti_line_item (platform_id, resource_link_id, line_item_url, scopes, seen_at)"
                        + " values (990001, 'rl', 'https://lms.example/li/1', ?, ?)")
                .params("https://purl.imsglobal.org/spec/lti-ags/scope/score", now)
                .update();
        grade("amira", "WAITING", 1, Timestamp.from(Instant.now().plusSeconds(60)), "UNREACHABLE");
        grade("ben", "SENT", 0, null, null);
        grade("chloe", "FAILED", 10, null, "REFUSED");
    }

    private void grade(String student, String status, int attempts, Timestamp next, String problem) {
        long studentId = runAs.user(
                "admin", () -> users.findByUsername(student).orElseThrow().id());
        jdbc.sql("insert into lti_grade (platform_id, line_item_url, assignment_id, student_id, subject, score_given,"
                        + " score_maximum, scored_at, status, attempts, next_attempt_at, last_problem, sent_at)"
                        + " values (990001, 'https://lms.example/li/1', ?, ?, ?, 1, 10, ?, ?, ?, ?, ?, ?)")
                .params(
                        assignment,
                        studentId,
                        "sub-" + student,
                        Timestamp.from(Instant.now()),
                        status,
                        attempts,
                        next,
                        problem,
                        status.equals("SENT") ? Timestamp.from(Instant.now()) : null)
                .update();
    }

    @Autowired
    org.sourcework.users.UserService users;
}
