package org.sourcework.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sourcework.base.ui.EmptyState;
import org.sourcework.base.ui.NotFoundView;
import org.sourcework.lessons.ClaimEvidenceReasoning;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.ShortText;
import org.sourcework.responses.AnswerValue;
import org.sourcework.responses.AnswerValue.CerAnswer;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.responses.ClassWorkService;
import org.sourcework.responses.ResponseService;
import org.sourcework.review.FeedbackInput;
import org.sourcework.review.ReviewFixture;
import org.sourcework.review.ReviewService;
import org.sourcework.roster.ClassAdminService;
import org.sourcework.roster.ClassRosterService;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.sourcework.support.TelegramQuestions;
import org.sourcework.users.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Import(ReviewFixture.class)
@Transactional
class ClassOverviewViewTest extends SpringBrowserlessTest {

    @Autowired
    RunAs runAs;

    @Autowired
    RosterQueries roster;

    @Autowired
    ResponseService responses;

    @Autowired
    ClassWorkService classWork;

    @Autowired
    ClassAdminService classes;

    @Autowired
    ClassRosterService rosters;

    @Autowired
    LessonCatalogService lessons;

    @Autowired
    UserService users;

    @Autowired
    ReviewFixture fixture;

    @Autowired
    ReviewService review;

    private long assignment() {
        return runAs.user("amira", () -> roster.myAssignments().getFirst().assignmentId());
    }

    private LessonContent content() {
        return runAs.user("amira", () -> responses.open(assignment()).content());
    }

    /** The student answers the first written question about the text and submits. */
    private ShortText submit(String student) {
        var question = TelegramQuestions.firstInText(content(), ShortText.class);
        runAs.user(student, () -> {
            responses.save(assignment(), question.id(), new TextAnswer("The embassy's senior officer."), null);
            responses.submit(assignment());
        });
        return question;
    }

    private OverviewGrid grid() {
        return find(OverviewGrid.class).single();
    }

    private List<String> names() {
        var grid = test(grid());
        return IntStream.range(0, grid.size())
                .mapToObj(i -> grid.getRow(i).student().displayName())
                .toList();
    }

    private String cell(int row, String column) {
        return test(grid()).getCellComponent(row, column).getElement().getTextRecursively();
    }

    private SectionHeader header(String sectionId) {
        return (SectionHeader) grid().getColumnByKey("section-" + sectionId).getHeaderComponent();
    }

    private static Anchor firstAnchor(Component component) {
        return (Anchor) component
                .getChildren()
                .filter(Anchor.class::isInstance)
                .findFirst()
                .orElseThrow();
    }

    /** The Reopen button of a row, if it has one. */
    private Optional<Button> reopenButton(int row) {
        return test(grid())
                .getCellComponent(row, "actions")
                .getChildren()
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .findFirst();
    }

    private String shown() {
        return find(Span.class).id("overview-count").getText();
    }

    @Test
    @WithUserDetails("hughes")
    void instructor_sees_each_student_of_her_class_against_each_section_of_the_lesson() {
        navigate("review/" + assignment(), ClassOverviewView.class);

        assertThat(find(H1.class).single().getText()).startsWith("Moscow, April 1956");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("History 11A", "Due ");
        assertThat(names()).containsExactly("Amira Haddad", "Ben Carter", "Chloé Martin", "Daniel Kowalski");
        assertThat(shown()).isEqualTo("4 students");
        assertThat(grid().getColumns())
                .extracting(column -> column.getKey())
                .startsWith("student", "status", "section-headnote", "section-opening", "section-I")
                .endsWith("section-summary", "actions");
        assertThat(cell(0, "status")).isEqualTo("Not started");
        assertThat(cell(0, "section-headnote")).startsWith("0/6").contains("Before reading: 0 of 6 answered.");
    }

    @Test
    @WithUserDetails("hughes")
    void each_section_leads_to_review_by_question_and_each_student_to_review_by_student() {
        var id = assignment();
        var firstOfOpening = content().questionsFor("opening").getFirst().id();
        navigate("review/" + id, ClassOverviewView.class);

        assertThat(firstAnchor(header("opening")).getHref()).isEqualTo("review/" + id + "/question/" + firstOfOpening);
        assertThat(find(Anchor.class)
                        .withClassName("overview-section-link")
                        .withText("Opening")
                        .single()
                        .getHref())
                .isEqualTo("review/" + id + "/question/" + firstOfOpening);
        assertThat(List.of("headnote", "III.A", "III.A.1", "summary"))
                .map(section -> firstAnchor(header(section)).getText())
                .containsExactly("Before reading", "III.A", "III.A.1 Internal compulsions", "Summary");
        var amira = test(grid()).getRow(0).student().userId();
        assertThat(firstAnchor(test(grid()).getCellComponent(0, "actions")).getHref())
                .isEqualTo("review/" + id + "/student/" + amira);
    }

    @Test
    @WithUserDetails("hughes")
    void the_filter_narrows_the_class_to_work_waiting_for_review() {
        var question = submit("chloe");
        navigate("review/" + assignment(), ClassOverviewView.class);
        assertThat(cell(2, "status")).isEqualTo("Submitted0 of 1 reviewed");
        assertThat(cell(2, "section-" + question.sectionId())).startsWith("1/");

        @SuppressWarnings("unchecked")
        Select<Object> filter = find(Select.class).id("overview-filter");
        test(filter).selectItem("Submitted, not yet reviewed");

        assertThat(names()).containsExactly("Chloé Martin");
        assertThat(shown()).isEqualTo("1 student");
        assertThat(header(question.sectionId()).getElement().getTextRecursively())
                .contains("1/16 answered");

        test(filter).selectItem("Feedback drafted");

        assertThat(names()).isEmpty();
        assertThat(shown()).isEqualTo("No students");
    }

    @Test
    @WithUserDetails("hughes")
    void each_student_shows_how_many_of_their_written_answers_are_reviewed_released_and_read() {
        var content = content();
        var shortText = TelegramQuestions.firstInText(content, ShortText.class);
        var cer = TelegramQuestions.first(content, ClaimEvidenceReasoning.class);
        var answers = new java.util.LinkedHashMap<org.sourcework.lessons.Question, AnswerValue>();
        answers.put(shortText, new TextAnswer("The embassy's senior officer."));
        answers.put(cer, new CerAnswer("A claim", "Some evidence", "My reasoning"));
        var handedIn = fixture.handInAll("chloe", "hughes", answers);
        runAs.user("hughes", () -> {
            review.save(
                    handedIn.getFirst().answerId(),
                    new FeedbackInput(Map.of(), null, null, "Name him.", null, false),
                    null);
            review.releaseAnswer(handedIn.getFirst().answerId());
        });

        navigate("review/" + assignment(), ClassOverviewView.class);

        assertThat(cell(2, "status"))
                .startsWith("Submitted")
                .contains("1 of 2 reviewed", "1 released · 0 read")
                .doesNotContain("Feedback read");
        assertThat(cell(0, "status")).isEqualTo("Not started");
    }

    @Test
    @WithUserDetails("hughes")
    void reopening_asks_first_then_lets_the_student_change_her_answers() {
        submit("chloe");
        navigate("review/" + assignment(), ClassOverviewView.class);
        assertThat(reopenButton(0)).isEmpty();
        var reopen = reopenButton(2).orElseThrow();
        assertThat(reopen.getElement().getAttribute("aria-label")).isEqualTo("Reopen the lesson for Chloé Martin");

        reopen.click();
        var dialog = find(ConfirmDialog.class).single();
        assertThat(test(dialog).getHeader()).isEqualTo("Reopen the lesson for Chloé Martin?");
        test(dialog).confirm();

        assertThat(test(find(Notification.class).single()).getText())
                .isEqualTo("The lesson is open again for Chloé Martin.");
        assertThat(runAs.user("chloe", () -> responses.open(assignment()).work().submitted()))
                .isFalse();
        assertThat(cell(2, "status")).startsWith("In progress");
        assertThat(reopenButton(2)).isEmpty();
    }

    @Test
    @WithUserDetails("hughes")
    void a_refused_reopen_shows_the_reason() {
        submit("chloe");
        navigate("review/" + assignment(), ClassOverviewView.class);
        var chloe = test(grid()).getRow(2).student().userId();
        var reopen = reopenButton(2).orElseThrow();
        // a colleague reopens it in another tab first
        runAs.user("hughes", () -> classWork.reopen(assignment(), chloe));

        reopen.click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(test(find(Notification.class).single()).getText())
                .isEqualTo("This student has not submitted the lesson, so there is nothing to reopen.");
    }

    @Test
    @WithUserDetails("hughes")
    void late_work_and_withdrawn_students_are_labelled_in_words() {
        var id = assignment();
        var classId =
                runAs.user("amira", () -> roster.myAssignments().getFirst().classId());
        var daniel = runAs.user(
                "admin", () -> users.findByUsername("daniel").orElseThrow().id());
        runAs.user("admin", () -> {
            rosters.changeDueDate(id, Instant.now().minus(1, ChronoUnit.DAYS));
            rosters.withdrawStudent(classId, daniel);
        });

        navigate("review/" + id, ClassOverviewView.class);

        assertThat(cell(3, "student")).isEqualTo("Daniel KowalskiWithdrawn");
        assertThat(cell(3, "status")).isEqualTo("Not startedLate");
        assertThat(cell(0, "student")).isEqualTo("Amira Haddad");
    }

    @Test
    @WithUserDetails("okafor")
    void another_instructor_guessing_the_id_gets_the_not_found_page() {
        UI.getCurrent().navigate("review/" + assignment());

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("hughes")
    void an_unknown_or_mistyped_id_gets_the_not_found_page() {
        UI.getCurrent().navigate("review/987654");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);

        UI.getCurrent().navigate("review/first");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("amira")
    void a_student_cannot_open_the_overview() {
        UI.getCurrent().navigate("review/" + assignment());

        assertThat(getCurrentView()).isNotInstanceOf(ClassOverviewView.class);
    }

    @Test
    @WithUserDetails("hughes")
    void a_class_without_students_says_what_to_expect() {
        var lessonId =
                runAs.user("admin", () -> lessons.lessonIdBySlug("moscow-1956").orElseThrow());
        var empty = runAs.user("admin", () -> {
            var created = classes.create("Civics 10C", "Spring 2027");
            rosters.addInstructor(created.id(), "hughes");
            return rosters.assignLesson(created.id(), lessonId, null);
        });

        navigate("review/" + empty, ClassOverviewView.class);

        assertThat(find(EmptyState.class).single().getElement().getTextRecursively())
                .contains("No students in Civics 10C yet");
        assertThat(find(OverviewGrid.class).exists()).isFalse();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("No due date");
    }
}
