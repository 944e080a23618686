package org.sourcework.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcework.feedback.StudentFeedbackService;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.lessons.ShortText;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.roster.ClassAdminService;
import org.sourcework.roster.ClassRosterService;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.sourcework.support.TelegramQuestions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** The class overview's filters, the home's counts per assignment, and who may see them. */
@IntegrationTest
@Import(ReviewFixture.class)
@Transactional
class ClassOverviewServiceTest {

    @Autowired
    ClassOverviewService overview;

    @Autowired
    ReviewService review;

    @Autowired
    StudentFeedbackService studentFeedback;

    @Autowired
    RosterQueries roster;

    @Autowired
    ClassAdminService classes;

    @Autowired
    ClassRosterService rosters;

    @Autowired
    LessonCatalogService lessons;

    @Autowired
    ReviewFixture fixture;

    @Autowired
    RunAs runAs;

    private List<String> names(long assignment, OverviewFilter filter) {
        return runAs.user("hughes", () -> overview.page(assignment, filter, 0, 50)).stream()
                .map(row -> row.student().username())
                .toList();
    }

    private OverviewRow rowOf(long assignment, String username) {
        return runAs.user("hughes", () -> overview.page(assignment, OverviewFilter.ALL, 0, 50)).stream()
                .filter(row -> row.student().username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    private ShortText question() {
        return TelegramQuestions.firstInText(fixture.content("amira"), ShortText.class);
    }

    @Test
    void filters_follow_each_student_from_not_started_to_feedback_read() {
        var assignment = fixture.assignmentOf("amira");
        fixture.start("amira", question(), new TextAnswer("Walmsley, for the Ambassador."));
        var answer = fixture.handIn("ben", "hughes", question(), new TextAnswer("The embassy in Moscow."));

        assertThat(names(assignment, OverviewFilter.ALL)).containsExactly("amira", "ben", "chloe", "daniel");
        assertThat(names(assignment, OverviewFilter.NOT_STARTED)).containsExactly("chloe", "daniel");
        assertThat(names(assignment, OverviewFilter.IN_PROGRESS)).containsExactly("amira");
        assertThat(names(assignment, OverviewFilter.TO_REVIEW)).containsExactly("ben");
        assertThat(runAs.user("hughes", () -> overview.count(assignment, OverviewFilter.TO_REVIEW)))
                .isEqualTo(1);
        assertThat(rowOf(assignment, "ben").status()).isEqualTo(StudentStatus.SUBMITTED);

        runAs.user(
                "hughes",
                () -> review.save(
                        answer.answerId(),
                        new FeedbackInput(Map.of(), null, null, "Which embassy officer?", null, false),
                        null));

        assertThat(names(assignment, OverviewFilter.TO_REVIEW)).isEmpty();
        assertThat(names(assignment, OverviewFilter.DRAFTED)).containsExactly("ben");
        assertThat(rowOf(assignment, "ben").status()).isEqualTo(StudentStatus.FEEDBACK_DRAFTED);

        runAs.user("hughes", () -> review.releaseAnswer(answer.answerId()));

        assertThat(names(assignment, OverviewFilter.DRAFTED)).isEmpty();
        assertThat(names(assignment, OverviewFilter.UNREAD)).containsExactly("ben");
        assertThat(rowOf(assignment, "ben").status()).isEqualTo(StudentStatus.FEEDBACK_RELEASED);

        runAs.user("ben", () -> studentFeedback.markRead(assignment));

        assertThat(names(assignment, OverviewFilter.UNREAD)).isEmpty();
        assertThat(rowOf(assignment, "ben").status()).isEqualTo(StudentStatus.FEEDBACK_READ);
    }

    @Test
    void a_student_asked_to_revise_is_listed_as_revising_until_the_revision_is_handed_in() {
        var assignment = fixture.assignmentOf("chloe");
        var answer = fixture.handIn("chloe", "hughes", question(), new TextAnswer("A diplomat."));
        runAs.user("hughes", () -> {
            review.save(answer.answerId(), new FeedbackInput(Map.of(), null, null, "Name him.", null, true), null);
            review.releaseAnswer(answer.answerId());
        });

        assertThat(names(assignment, OverviewFilter.REVISING)).containsExactly("chloe");
        assertThat(rowOf(assignment, "chloe").revising())
                .containsExactly(question().id());
    }

    @Test
    void late_lists_students_who_have_not_submitted_once_the_due_date_has_passed() {
        var assignment = fixture.assignmentOf("amira");
        fixture.handIn("daniel", "hughes", question(), new TextAnswer("Walmsley."));
        assertThat(names(assignment, OverviewFilter.LATE)).isEmpty();

        runAs.user(
                "admin", () -> rosters.changeDueDate(assignment, Instant.now().minus(1, ChronoUnit.DAYS)));

        assertThat(names(assignment, OverviewFilter.LATE)).containsExactly("amira", "ben", "chloe");
        assertThat(rowOf(assignment, "amira").progress().late()).isTrue();
    }

    @Test
    void the_home_counts_submitted_work_and_work_to_review_per_assignment() {
        var assignment = fixture.assignmentOf("amira");
        var classId =
                runAs.user("amira", () -> roster.myAssignments().getFirst().classId());
        fixture.start("amira", question(), new TextAnswer("Walmsley."));
        var answer = fixture.handIn("ben", "hughes", question(), new TextAnswer("The embassy."));
        fixture.handIn("chloe", "hughes", question(), new TextAnswer("A diplomat."));

        assertThat(runAs.user("hughes", () -> overview.countsOfClass(classId)))
                .containsExactly(new AssignmentCounts(assignment, 4, 2, 2));

        runAs.user("hughes", () -> review.save(answer.answerId(), FeedbackInput.empty(), null));
        runAs.user("admin", () -> rosters.withdrawStudent(classId, fixture.idOf("chloe")));

        // chloé has left the class, but her submitted work still waits for review
        assertThat(runAs.user("hughes", () -> overview.countsOfClass(classId)))
                .containsExactly(new AssignmentCounts(assignment, 3, 1, 1));
    }

    @Test
    void a_class_without_students_counts_zero() {
        var lessonId =
                runAs.user("admin", () -> lessons.lessonIdBySlug("moscow-1956").orElseThrow());
        var empty = runAs.user("admin", () -> {
            var created = classes.create("Civics 10C", "Spring 2027");
            rosters.addInstructor(created.id(), "hughes");
            return created.id();
        });
        var assignment = runAs.user("admin", () -> rosters.assignLesson(empty, lessonId, null));

        assertThat(runAs.user("hughes", () -> overview.countsOfClass(empty)))
                .containsExactly(new AssignmentCounts(assignment, 0, 0, 0));
        assertThat(runAs.user("hughes", () -> overview.count(assignment, OverviewFilter.ALL)))
                .isZero();
        assertThat(names(assignment, OverviewFilter.ALL)).isEmpty();
    }

    @Test
    void an_instructor_sees_only_the_overview_of_classes_they_teach() {
        var assignment = fixture.assignmentOf("amira");
        var classId =
                runAs.user("amira", () -> roster.myAssignments().getFirst().classId());

        assertThatThrownBy(() -> runAs.user("okafor", () -> overview.page(assignment, OverviewFilter.ALL, 0, 50)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user("okafor", () -> overview.count(assignment, OverviewFilter.ALL)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user("okafor", () -> overview.countsOfClass(classId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user("amira", () -> overview.countsOfClass(classId)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
