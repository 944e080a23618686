package org.sourcework.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.ShortText;
import org.sourcework.lti.internal.GradeReturn;
import org.sourcework.lti.internal.LaunchLinks;
import org.sourcework.lti.internal.LineItems;
import org.sourcework.lti.platform.Launch;
import org.sourcework.lti.platform.ReceivedScore;
import org.sourcework.lti.platform.RegisteredPlatform;
import org.sourcework.lti.platform.TestPlatform;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.review.FeedbackInput;
import org.sourcework.review.ReleasedFeedbackService;
import org.sourcework.review.ReviewFixture;
import org.sourcework.review.ReviewService;
import org.sourcework.review.ScoreReturnStatus;
import org.sourcework.support.RunAs;
import org.sourcework.support.TelegramQuestions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/**
 * Assignment and Grade Services against the test platform, through the running app: a launch names the
 * resource link's line item, a release queues each student's score, and the score reaches the platform's
 * score service with a client-credentials token, or waits and is tried again when the platform is down.
 * History 11A's lesson is linked to a course of the test platform; each test uses its own student.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LtiGradeReturnTest {

    private static final Duration PATIENCE = Duration.ofMinutes(1);

    @Autowired
    RunAs runAs;

    @Autowired
    LaunchLinks links;

    @Autowired
    LineItems lineItems;

    @Autowired
    GradeReturn gradeReturn;

    @Autowired
    GradeReturnService grades;

    @Autowired
    ReviewService review;

    @Autowired
    ReleasedFeedbackService releasedFeedback;

    @Autowired
    ReviewFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    final RegisteredPlatform lms = new RegisteredPlatform("Grade LMS");

    long assignmentId;
    String lineItem;

    @BeforeAll
    void history11aIsACourseOfThePlatformWithAGradebookColumn() throws Exception {
        long classId = jdbc.sql("select id from school_class where name = 'History 11A'")
                .query(Long.class)
                .single();
        assignmentId = fixture.assignmentOf("daniel");
        links.linkClass(lms.id(), "course-grades", classId);
        links.linkAssignment(lms.id(), "link-grades", assignmentId);
        lineItem = lms.platform().lineItemFor("link-grades");

        var outcome = lms.launch(Launch.of("teacher-grades", "Gil Teacher", Launch.INSTRUCTOR, "course-grades")
                .resourceLink("link-grades"));

        assertThat(outcome.location()).endsWith("/review/" + assignmentId);
    }

    @AfterEach
    void platformUpAgain() {
        lms.platform().scoresDown(false);
    }

    @Test
    void a_launch_keeps_the_line_item_its_resource_link_names() {
        assertThat(lineItems.ofAssignment(assignmentId)).anySatisfy(item -> {
            assertThat(item.platformId()).isEqualTo(lms.id());
            assertThat(item.url()).isEqualTo(lineItem);
            assertThat(item.scopes()).contains(TestPlatform.SCORE_SCOPE);
        });
    }

    @Test
    void a_released_score_arrives_in_the_platforms_gradebook_for_the_students_platform_id() {
        long studentId = launched("daniel");
        var question = scoredQuestion("daniel");

        releaseScore("daniel", studentId, question, BigDecimal.ONE);

        var score = await().atMost(PATIENCE).until(() -> scoreFor("daniel"), received -> received != null);
        assertThat(score.lineItem()).isEqualTo(lineItem);
        assertThat(score.scoreGiven()).isEqualByComparingTo("1");
        assertThat(score.scoreMaximum()).isEqualByComparingTo(BigDecimal.valueOf(maximum("daniel")));
        assertThat(score.activityProgress()).isEqualTo("Completed");
        assertThat(score.gradingProgress()).isEqualTo("FullyGraded");
        assertThat(Instant.parse(score.timestamp())).isBefore(Instant.now().plusSeconds(1));
        await().atMost(PATIENCE).until(() -> stateOf(studentId) == ScoreReturnStatus.State.SENT);
        var audit = "lti.grade-sent student " + studentId + ", platform " + lms.id() + ": 1 of " + maximum("daniel");
        await().atMost(PATIENCE).until(() -> audit.equals(lastAuditOf(studentId)));
    }

    @Test
    void a_release_goes_through_while_the_platform_is_down_and_the_score_waits_with_the_reason() {
        long studentId = launched("ben");
        lms.platform().scoresDown(true);

        int released = releaseScore("ben", studentId, scoredQuestion("ben"), BigDecimal.ONE);

        assertThat(released).isEqualTo(1);
        assertThat(runAs.user("ben", () -> releasedFeedback.mine(assignmentId))).hasSize(1);
        var status = await().atMost(PATIENCE)
                .until(() -> statusOf(studentId), s -> s != null && s.state() == ScoreReturnStatus.State.RETRYING);
        assertThat(status.problem()).isEqualTo(ScoreReturnStatus.Problem.UNREACHABLE);
        assertThat(status.platformName()).isEqualTo("Grade LMS");
        assertThat(status.nextAttemptAt()).isAfter(Instant.now());
        assertThat(scoreFor("ben")).isNull();
    }

    @Test
    void a_score_that_could_not_be_sent_is_tried_again_later_and_then_arrives() {
        long studentId = launched("chloe");
        lms.platform().scoresDown(true);
        releaseScore("chloe", studentId, scoredQuestion("chloe"), BigDecimal.ONE);
        await().atMost(PATIENCE).until(() -> stateOf(studentId) == ScoreReturnStatus.State.RETRYING);
        lms.platform().scoresDown(false);

        // the wait before the next try has run out
        jdbc.sql("update lti_grade set next_attempt_at = ? where student_id = ? and status = 'WAITING'")
                .params(Timestamp.from(Instant.now().minusSeconds(1)), studentId)
                .update();
        await().atMost(PATIENCE).until(gradeReturn::sendDueNow);

        assertThat(scoreFor("chloe")).isNotNull();
        assertThat(statusOf(studentId).state()).isEqualTo(ScoreReturnStatus.State.SENT);
        assertThat(jdbc.sql("select attempts from lti_grade where student_id = ? and status = 'SENT'")
                        .param(studentId)
                        .query(Integer.class)
                        .single())
                .as("one failed try before")
                .isEqualTo(1);
    }

    @Test
    void after_the_last_try_a_score_stays_failed_and_the_instructor_can_send_it_again() {
        long studentId = launched("amira");
        lms.platform().scoresDown(true);
        releaseScore("amira", studentId, scoredQuestion("amira"), BigDecimal.ONE);
        await().atMost(PATIENCE).until(() -> stateOf(studentId) == ScoreReturnStatus.State.RETRYING);

        // the tenth try is due
        jdbc.sql("update lti_grade set attempts = 9, next_attempt_at = ? where student_id = ? and status = 'WAITING'")
                .params(Timestamp.from(Instant.now().minusSeconds(1)), studentId)
                .update();
        await().atMost(PATIENCE).until(gradeReturn::sendDueNow);

        var failed = statusOf(studentId);
        assertThat(failed.state()).isEqualTo(ScoreReturnStatus.State.FAILED);
        assertThat(failed.problem()).isEqualTo(ScoreReturnStatus.Problem.UNREACHABLE);
        assertThat(failed.maySendAgain()).isTrue();
        await().atMost(PATIENCE)
                .until(
                        () -> lastAuditOf(studentId),
                        audit -> audit != null
                                && audit.startsWith("lti.grade-failed student " + studentId)
                                && audit.contains("503"));
        assertThatThrownBy(() -> runAs.user("okafor", () -> grades.sendAgain(assignmentId, studentId)))
                .isInstanceOf(AccessDeniedException.class);

        lms.platform().scoresDown(false);
        assertThat(runAs.user("hughes", () -> grades.sendAgain(assignmentId, studentId)))
                .isTrue();

        await().atMost(PATIENCE).until(() -> scoreFor("amira"), received -> received != null);
        await().atMost(PATIENCE).until(() -> stateOf(studentId) == ScoreReturnStatus.State.SENT);
    }

    /** The student as a platform user: they launched once, so the platform's id for them is known. */
    private long launched(String student) {
        long studentId = fixture.idOf(student);
        links.linkUser(lms.id(), "sub-" + student, studentId);
        return studentId;
    }

    private Question scoredQuestion(String student) {
        return TelegramQuestions.all(fixture.content(student), ShortText.class).stream()
                .filter(q -> q.points() >= 1)
                .findFirst()
                .orElseThrow();
    }

    private int maximum(String student) {
        return fixture.content(student).questions().stream()
                .mapToInt(Question::points)
                .sum();
    }

    private int releaseScore(String student, long studentId, Question question, BigDecimal points) {
        var answer = fixture.handIn(student, "hughes", question, new TextAnswer("The embassy saw a change."));
        return runAs.user("hughes", () -> {
            review.save(
                    answer.answerId(),
                    new FeedbackInput(Map.of(), points, "scored by hand", "Good reading.", null, false),
                    null);
            return review.releaseStudent(assignmentId, studentId);
        });
    }

    private ReceivedScore scoreFor(String student) {
        return lms.platform().scores().stream()
                .filter(score -> score.userId().equals("sub-" + student))
                .reduce((first, second) -> second)
                .orElse(null);
    }

    private ScoreReturnStatus statusOf(long studentId) {
        return runAs.user("hughes", () -> grades.statuses(assignmentId).get(studentId));
    }

    private ScoreReturnStatus.State stateOf(long studentId) {
        var status = statusOf(studentId);
        return status == null ? null : status.state();
    }

    private String lastAuditOf(long studentId) {
        return jdbc.sql("select action || ' ' || coalesce(details, '') from audit_event"
                        + " where action like 'lti.grade%' and details like ? order by id desc limit 1")
                .param("student " + studentId + ",%")
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
