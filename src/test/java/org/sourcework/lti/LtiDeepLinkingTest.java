package org.sourcework.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.lti.internal.LaunchLinks;
import org.sourcework.lti.platform.Launch;
import org.sourcework.lti.platform.LaunchBrowser;
import org.sourcework.lti.platform.RegisteredPlatform;
import org.sourcework.lti.platform.TestPlatform;
import org.sourcework.roster.LessonPath;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Deep Linking 2.0 against the test platform over real HTTP: the platform's deep-linking request signs an
 * instructor in, the instructor's choice (made through the picker's service) comes back to the platform
 * as a signed response that the platform verifies against the tool's published keys, and a launch of the
 * activity it made opens the lesson.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LtiDeepLinkingTest {

    private static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
    private static final Pattern PICKER = Pattern.compile("/deep-link/([A-Za-z0-9_-]+)$");

    @LocalServerPort
    int port;

    @Autowired
    RunAs runAs;

    @Autowired
    DeepLinkingService deepLinking;

    @Autowired
    LessonCatalogService lessons;

    @Autowired
    RosterQueries roster;

    @Autowired
    LaunchLinks links;

    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    final RegisteredPlatform lms = new RegisteredPlatform("Deep Linking LMS");

    /** The platform's "add external tool": a deep-linking launch; returns the picker's request id. */
    private String deepLink(LaunchBrowser browser, Launch launch, String loginHint) throws Exception {
        lms.platform().prepareDeepLinking(loginHint, launch);
        var outcome = browser.launch(lms.platform(), loginHint);
        assertThat(outcome.status()).isEqualTo(302);
        var picker = PICKER.matcher(outcome.location());
        assertThat(picker.find()).as(outcome.location()).isTrue();
        return picker.group(1);
    }

    /** The tool's answer page, posted to the platform the way its script does. */
    private JWTClaimsSet returnToPlatform(LaunchBrowser browser, String requestId) throws Exception {
        var page = browser.open("/lti/deep-link/" + requestId + "/return");
        assertThat(page.status()).as(page.location()).isEqualTo(200);
        var posted = browser.post(LaunchBrowser.formOn(page.body()));
        assertThat(posted.body()).isEqualTo("received");
        return lms.platform().returns().received().getLast();
    }

    private String usernameOf(String subject) {
        long userId = links.user(lms.id(), subject).orElseThrow();
        return jdbc.sql("select username from app_user where id = ?")
                .param(userId)
                .query(String.class)
                .single();
    }

    private long telegram() {
        return runAs.user("admin", () -> lessons.lessonIdBySlug("moscow-1956").orElseThrow());
    }

    private String lastAudit() {
        return jdbc.sql("select action || ' ' || coalesce(details, '') from audit_event order by id desc limit 1")
                .query(String.class)
                .single();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_instructor_adds_a_lesson_and_a_student_who_opens_the_new_activity_lands_in_it() throws Exception {
        var teacher = lms.browser();
        var loginHint = lms.nextHint();
        var requestId =
                deepLink(teacher, Launch.of("dl-teacher-1", "Dr Link", Launch.INSTRUCTOR, "dl-course-1"), loginHint);
        assertThat(teacher.open("/deep-link/" + requestId).status()).isEqualTo(200);
        var teacherName = usernameOf("dl-teacher-1");
        var due = Instant.parse("2027-01-15T23:59:00Z");

        runAs.user(teacherName, () -> deepLinking.choose(requestId, telegram(), LessonPath.CORE, due));

        long classId = links.schoolClass(lms.id(), "dl-course-1").orElseThrow();
        long assignmentId = jdbc.sql("select id from assignment where class_id = ? and path = 'CORE'")
                .param(classId)
                .query(Long.class)
                .single();
        assertThat(lastAudit()).startsWith("lti.deep-link.returned");
        var page = teacher.open("/lti/deep-link/" + requestId + "/return");
        var policy =
                page.response().headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("form-action 'self' " + lms.platform().issuer());
        var nonce = Pattern.compile("<script nonce=\"([^\"]+)\">").matcher(page.body());
        assertThat(nonce.find()).isTrue();
        assertThat(policy).contains("'nonce-" + nonce.group(1) + "'");
        assertThat(LaunchBrowser.formOn(page.body()).action())
                .isEqualTo(lms.platform().deepLinkReturnUrl());

        var claims = returnToPlatform(teacher, requestId);

        assertThat(claims.getStringClaim(DL + "data")).isEqualTo(TestPlatform.dataFor(loginHint));
        var items = (List<Map<String, Object>>) claims.getClaim(DL + "content_items");
        assertThat(items).hasSize(1);
        var item = items.getFirst();
        assertThat(item)
                .containsEntry("type", "ltiResourceLink")
                .containsEntry("url", "http://localhost:" + port + "/lti/launch");
        assertThat(item.get("title").toString()).isNotBlank();
        assertThat((Map<String, Object>) item.get("custom"))
                .containsEntry("sourcework_assignment", Long.toString(assignmentId));
        var lineItem = (Map<String, Object>) item.get("lineItem");
        int corePoints = runAs.user(
                teacherName,
                () -> lessons.assignedContent(roster.assignment(assignmentId).orElseThrow())
                        .totalPoints());
        int fullPoints =
                runAs.user(teacherName, () -> lessons.content(telegram()).totalPoints());
        assertThat(((Number) lineItem.get("scoreMaximum")).intValue())
                .isEqualTo(corePoints)
                .isPositive()
                .isLessThan(fullPoints);
        assertThat(lineItem)
                .containsEntry("label", item.get("title"))
                .containsEntry("resourceId", "sourcework-assignment-" + assignmentId)
                .containsEntry("tag", "sourcework-core");
        assertThat((Map<String, Object>) item.get("submission")).containsEntry("endDateTime", due.toString());

        var landed = lms.launch(
                Launch.of("dl-student-1", "Stu Dent", Launch.LEARNER, "dl-course-1")
                        .resourceLink("dl-activity-1"),
                (Map<String, String>) item.get("custom"));

        assertThat(landed.location()).endsWith("/lesson/" + assignmentId);
        assertThat(links.assignment(lms.id(), "dl-activity-1")).contains(assignmentId);
        assertThat(lastAudit()).startsWith("lti.resource-link.linked");
        var teacherAgain = lms.launch(Launch.of("dl-teacher-1", "Dr Link", Launch.INSTRUCTOR, "dl-course-1")
                .resourceLink("dl-activity-1"));
        assertThat(teacherAgain.location()).endsWith("/review/" + assignmentId);
    }

    @Test
    void a_learners_deep_linking_request_is_refused_and_signs_nobody_in() throws Exception {
        var loginHint = lms.nextHint();
        lms.platform()
                .prepareDeepLinking(loginHint, Launch.of("dl-learner", "Lee Learner", Launch.LEARNER, "dl-course-2"));
        var browser = lms.browser();

        var outcome = browser.launch(lms.platform(), loginHint);

        assertThat(outcome.status()).isEqualTo(400);
        assertThat(outcome.body())
                .contains("Only a teacher of this course", "data-problem=\"deep_linking_learner\"")
                .doesNotContain("Exception");
        assertThat(lastAudit()).startsWith("lti.launch.refused").contains("reason=deep_linking_learner");
        assertThat(links.user(lms.id(), "dl-learner")).isEmpty();
        assertThat(browser.open("/my-lessons").status()).isNotEqualTo(200);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_cancelled_choice_returns_no_content_items_and_a_message_and_assigns_nothing() throws Exception {
        var teacher = lms.browser();
        var loginHint = lms.nextHint();
        var requestId =
                deepLink(teacher, Launch.of("dl-teacher-2", "Ms Cancel", Launch.INSTRUCTOR, "dl-course-3"), loginHint);
        var teacherName = usernameOf("dl-teacher-2");

        runAs.user(teacherName, () -> deepLinking.cancel(requestId, Locale.ENGLISH));
        var claims = returnToPlatform(teacher, requestId);

        assertThat((List<Object>) claims.getClaim(DL + "content_items")).isEmpty();
        assertThat(claims.getStringClaim(DL + "msg")).isEqualTo("No Sourcework lesson was added.");
        assertThat(claims.getStringClaim(DL + "data")).isEqualTo(TestPlatform.dataFor(loginHint));
        long classId = links.schoolClass(lms.id(), "dl-course-3").orElseThrow();
        assertThat(jdbc.sql("select count(*) from assignment where class_id = ?")
                        .param(classId)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThatThrownBy(() ->
                        runAs.user(teacherName, () -> deepLinking.choose(requestId, telegram(), LessonPath.FULL, null)))
                .isInstanceOf(LtiRejectedException.class)
                .hasMessageContaining("already answered");
    }

    @Test
    void the_answer_is_posted_only_for_the_instructor_whose_request_it_is() throws Exception {
        var requestId = deepLink(
                lms.browser(), Launch.of("dl-teacher-3", "Mr Own", Launch.INSTRUCTOR, "dl-course-4"), lms.nextHint());
        runAs.user(usernameOf("dl-teacher-3"), () -> deepLinking.cancel(requestId, Locale.ENGLISH));
        var other = lms.browser();
        deepLink(other, Launch.of("dl-teacher-4", "Ms Other", Launch.INSTRUCTOR, "dl-course-5"), lms.nextHint());

        var page = other.open("/lti/deep-link/" + requestId + "/return");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body())
                .contains("data-problem=\"deep_linking_answer_gone\"")
                .doesNotContain("JWT");
        assertThatThrownBy(() -> runAs.user(
                        usernameOf("dl-teacher-4"),
                        () -> deepLinking.choose(requestId, telegram(), LessonPath.FULL, null)))
                .isInstanceOf(LtiRejectedException.class)
                .hasMessageContaining("not yours");
    }

    @Test
    void an_activity_naming_another_class_assignment_is_refused_and_not_linked() throws Exception {
        long otherClass = jdbc.sql("select id from school_class where name = 'History 11A'")
                .query(Long.class)
                .single();
        long otherAssignment = jdbc.sql("select min(id) from assignment where class_id = ?")
                .param(otherClass)
                .query(Long.class)
                .single();

        var outcome = lms.launch(
                Launch.of("dl-student-x", "Xi Student", Launch.LEARNER, "dl-course-x")
                        .resourceLink("dl-activity-x"),
                Map.of("sourcework_assignment", Long.toString(otherAssignment)));

        assertThat(outcome.status()).isEqualTo(400);
        assertThat(outcome.body()).contains("another course", "data-problem=\"wrong_class_link\"");
        assertThat(lastAudit()).startsWith("lti.launch.refused").contains("reason=wrong_class_link");
        assertThat(links.assignment(lms.id(), "dl-activity-x")).isEmpty();
    }
}
