package org.sourcework.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sourcework.lti.internal.LaunchLinks;
import org.sourcework.lti.platform.Launch;
import org.sourcework.lti.platform.LaunchBrowser;
import org.sourcework.lti.platform.RegisteredPlatform;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * LTI 1.3 launches from the test platform through a real HTTP client against the running app: login
 * initiation, the platform's authentication response, the launch. Each check of the id_token fails on
 * its own, with a page that says so and an audit entry.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LtiLaunchTest {

    @LocalServerPort
    int port;

    @Autowired
    RunAs runAs;

    @Autowired
    LaunchLinks links;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.sourcework.users.UserAdminService userAdmin;

    @RegisterExtension
    final RegisteredPlatform lms = new RegisteredPlatform("Test LMS");

    private String lastAudit() {
        return jdbc.sql("select action || ' ' || coalesce(details, '') from audit_event order by id desc limit 1")
                .query(String.class)
                .single();
    }

    @Test
    void a_learner_from_a_new_course_gets_an_account_a_class_and_lands_on_their_lessons() throws Exception {
        var browser = lms.browser();

        var outcome = lms.launch(browser, Launch.of("learner-1", "Ada Learner", Launch.LEARNER, "course-new"));

        assertThat(outcome.status()).isEqualTo(302);
        assertThat(outcome.location()).endsWith("/my-lessons");
        var userId = links.user(lms.id(), "learner-1").orElseThrow();
        var classId = links.schoolClass(lms.id(), "course-new").orElseThrow();
        assertThat(jdbc.sql("select class_role from enrolment where class_id = ? and user_id = ?")
                        .params(classId, userId)
                        .query(String.class)
                        .single())
                .isEqualTo("STUDENT");
        assertThat(jdbc.sql("select name || ' / ' || term from school_class where id = ?")
                        .param(classId)
                        .query(String.class)
                        .single())
                .isEqualTo("Course course-new / Test LMS");
        assertThat(lastAudit()).startsWith("lti.launch ").contains("role=learner");
        // signed in: the page opens instead of sending the browser to the sign-in page
        assertThat(browser.open("/my-lessons").status()).isEqualTo(200);
    }

    @Test
    void a_second_launch_of_the_same_learner_finds_the_same_account_and_class() throws Exception {
        lms.launch(Launch.of("learner-2", "Bo Learner", Launch.LEARNER, "course-again"));
        var userId = links.user(lms.id(), "learner-2").orElseThrow();

        var outcome = lms.launch(Launch.of("learner-2", "Bo Learner", Launch.LEARNER, "course-again"));

        assertThat(outcome.location()).endsWith("/my-lessons");
        assertThat(links.user(lms.id(), "learner-2")).contains(userId);
        assertThat(jdbc.sql("select count(*) from enrolment where user_id = ?")
                        .param(userId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void a_learner_launched_from_a_linked_resource_opens_the_assigned_lesson() throws Exception {
        long classId = jdbc.sql("select id from school_class where name = 'History 11A'")
                .query(Long.class)
                .single();
        long assignmentId = jdbc.sql("select min(id) from assignment where class_id = ?")
                .param(classId)
                .query(Long.class)
                .single();
        links.linkClass(lms.id(), "course-11a", classId);
        links.linkAssignment(lms.id(), "link-telegram", assignmentId);

        var outcome = lms.launch(Launch.of("learner-3", "Cy Learner", Launch.LEARNER, "course-11a")
                .resourceLink("link-telegram"));

        assertThat(outcome.location()).endsWith("/lesson/" + assignmentId);
    }

    @Test
    void an_instructor_opens_the_review_overview_of_the_linked_lesson() throws Exception {
        long classId = jdbc.sql("select id from school_class where name = 'History 11B'")
                .query(Long.class)
                .single();
        long assignmentId = jdbc.sql("select min(id) from assignment where class_id = ?")
                .param(classId)
                .query(Long.class)
                .single();
        links.linkClass(lms.id(), "course-11b", classId);
        links.linkAssignment(lms.id(), "link-11b", assignmentId);
        var browser = lms.browser();

        var outcome = lms.launch(
                browser,
                Launch.of("teacher-1", "Dr Teach", Launch.INSTRUCTOR, "course-11b")
                        .resourceLink("link-11b"));

        assertThat(outcome.location()).endsWith("/review/" + assignmentId);
        var userId = links.user(lms.id(), "teacher-1").orElseThrow();
        assertThat(jdbc.sql("select class_role from enrolment where class_id = ? and user_id = ?")
                        .params(classId, userId)
                        .query(String.class)
                        .single())
                .isEqualTo("INSTRUCTOR");
        assertThat(jdbc.sql("select role from app_user where id = ?")
                        .param(userId)
                        .query(String.class)
                        .single())
                .isEqualTo("INSTRUCTOR");
        assertThat(browser.open("/review/" + assignmentId).status()).isEqualTo(200);
    }

    @Test
    void an_instructor_without_a_linked_lesson_lands_on_their_classes() throws Exception {
        var outcome = lms.launch(Launch.of("teacher-2", "Ms Teach", Launch.INSTRUCTOR, "course-unlinked"));

        assertThat(outcome.location()).endsWith("/my-classes");
    }

    @Test
    void a_token_signed_with_another_key_is_refused() throws Exception {
        assertRefused(
                lms.launch(Launch.of("mallory", "M", Launch.LEARNER, "c").signedByAForger()),
                "bad_signature",
                "signature does not match");
        assertThat(links.user(lms.id(), "mallory")).isEmpty();
    }

    @Test
    void a_token_for_another_tool_is_refused() throws Exception {
        assertRefused(
                lms.launch(Launch.of("s-aud", "S", Launch.LEARNER, "c").audience("another-tool")),
                "wrong_audience",
                "meant for another tool");
    }

    @Test
    void an_expired_token_is_refused() throws Exception {
        assertRefused(
                lms.launch(Launch.of("s-exp", "S", Launch.LEARNER, "c").expiredFor(Duration.ofMinutes(5))),
                "expired_token",
                "has expired");
    }

    @Test
    void a_token_from_an_unknown_deployment_is_refused() throws Exception {
        assertRefused(
                lms.launch(Launch.of("s-dep", "S", Launch.LEARNER, "c").deployment("deployment-other")),
                "unknown_deployment",
                "deployment");
    }

    @Test
    void a_token_from_another_issuer_is_refused() throws Exception {
        assertRefused(
                lms.launch(Launch.of("s-iss", "S", Launch.LEARNER, "c").issuer("https://evil.example")),
                "wrong_issuer",
                "different learning platform");
    }

    @Test
    void a_nonce_is_accepted_once() throws Exception {
        var first = lms.browser();
        lms.launch(first, Launch.of("s-nonce", "S", Launch.LEARNER, "c-nonce"));
        var usedNonce = nonceOf(first.lastForm().fields().get("id_token"));

        assertRefused(
                lms.launch(Launch.of("s-nonce", "S", Launch.LEARNER, "c-nonce").nonce(usedNonce)),
                "nonce_reused",
                "already used once");
    }

    @Test
    void a_launch_posted_again_is_refused() throws Exception {
        var browser = lms.browser();
        lms.launch(browser, Launch.of("s-replay", "S", Launch.LEARNER, "c-replay"));

        assertRefused(browser.post(browser.lastForm()), "nonce_reused", "already used once");
    }

    @Test
    void a_launch_without_this_browsers_state_cookie_is_refused() throws Exception {
        var browser = lms.browser();
        lms.platform().prepare("hint-cookie", Launch.of("s-cookie", "S", Launch.LEARNER, "c"));
        browser.launch(lms.platform(), "hint-cookie");
        var form = browser.lastForm();

        assertRefused(lms.browser().post(form), "unknown_state", "did not start in this browser");
    }

    @Test
    void the_state_cookie_is_secure_and_travels_in_cross_site_frames() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://localhost:" + port + "/lti/login?iss="
                                                + lms.platform().issuer() + "&login_hint=x&target_link_uri=x"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("lti_state_")
                        .contains("Secure", "HttpOnly", "SameSite=None", "Path=/lti/launch"));
    }

    @Test
    void a_login_from_an_unregistered_platform_is_refused() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                                        + "/lti/login?iss=https://unknown.example" + "&login_hint=x&target_link_uri=x"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("not registered with Sourcework");
        assertThat(lastAudit()).startsWith("lti.launch.refused").contains("reason=unknown_platform");
    }

    @Test
    void launch_pages_may_be_framed_by_registered_platforms_and_other_pages_by_nobody() throws Exception {
        var launchPage = lms.browser().open("/lti/launch");
        var signIn = lms.browser().open("/login");

        assertThat(launchPage
                        .response()
                        .headers()
                        .firstValue("Content-Security-Policy")
                        .orElseThrow())
                // every registered platform is listed, and other tests of this context register theirs
                .containsPattern("frame-ancestors [^;]*"
                        + java.util.regex.Pattern.quote(lms.platform().issuer()) + "( |;|$)");
        assertThat(launchPage.response().headers().firstValue("X-Frame-Options"))
                .isEmpty();
        assertThat(signIn.response()
                        .headers()
                        .firstValue("Content-Security-Policy")
                        .orElseThrow())
                .contains("frame-ancestors 'none'");
        assertThat(signIn.response().headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void the_pages_after_a_launch_may_be_framed_by_the_launching_platform() throws Exception {
        var browser = lms.browser();
        lms.launch(browser, Launch.of("s-frame", "S", Launch.LEARNER, "c-frame"));

        var page = browser.open("/my-lessons");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.response()
                        .headers()
                        .firstValue("Content-Security-Policy")
                        .orElseThrow())
                .contains("frame-ancestors " + lms.platform().issuer());
    }

    @Test
    void the_tools_public_key_set_is_served_to_anyone_without_private_parts() throws Exception {
        var jwks = lms.browser().open("/lti/jwks");

        assertThat(jwks.status()).isEqualTo(200);
        var set = com.nimbusds.jose.jwk.JWKSet.parse(jwks.body());
        assertThat(set.getKeys()).isNotEmpty().allSatisfy(key -> {
            assertThat(key.getKeyType().getValue()).isEqualTo("RSA");
            assertThat(key.isPrivate()).isFalse();
        });
    }

    @Test
    void a_disabled_account_is_not_signed_in_by_a_launch() throws Exception {
        lms.launch(Launch.of("s-disabled", "S", Launch.LEARNER, "c-disabled"));
        long userId = links.user(lms.id(), "s-disabled").orElseThrow();
        runAs.user("admin", () -> userAdmin.setEnabled(userId, false));
        var browser = lms.browser();

        var outcome = lms.launch(browser, Launch.of("s-disabled", "S", Launch.LEARNER, "c-disabled"));

        assertThat(outcome.status()).isEqualTo(403);
        assertThat(outcome.body()).contains("Your Sourcework account is disabled.");
        assertThat(lastAudit()).startsWith("lti.launch.refused").contains("reason=account_disabled");
        assertThat(browser.open("/my-lessons").status()).isNotEqualTo(200);
    }

    private void assertRefused(LaunchBrowser.Outcome outcome, String reason, String pageSays) {
        assertThat(outcome.status()).isEqualTo(400);
        assertThat(outcome.body())
                .contains("Sourcework could not open", pageSays, "data-problem=\"" + reason + "\"")
                .doesNotContain("Exception", "at org.");
        assertThat(lastAudit()).startsWith("lti.launch.refused").contains("reason=" + reason);
    }

    private static String nonceOf(String idToken) throws java.text.ParseException {
        return com.nimbusds.jwt.SignedJWT.parse(idToken).getJWTClaimsSet().getStringClaim("nonce");
    }
}
