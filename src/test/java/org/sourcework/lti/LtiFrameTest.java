package org.sourcework.lti;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sourcework.lti.platform.Launch;
import org.sourcework.lti.platform.LaunchBrowser;
import org.sourcework.lti.platform.RegisteredPlatform;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.util.HtmlUtils;

/**
 * Launches inside the platform's iframe, over HTTP as the browser sends them (Sec-Fetch-Dest: iframe):
 * the session cookie a framed launch sets, the Lax one of a launch in a new window, the new window
 * offered when the browser keeps no cookie in the frame, and the page a frame gets once its session ended. {@code LtiFrameIT} runs the same in Chromium.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LtiFrameTest {

    private static final Pattern NEW_WINDOW_LINK =
            Pattern.compile("<a id=\"new-window\" href=\"([^\"]+)\" target=\"_blank\" rel=\"noopener\"");

    @RegisterExtension
    final RegisteredPlatform lms = new RegisteredPlatform("Frame LMS");

    private LaunchBrowser.Outcome launch(LaunchBrowser browser, String subject) throws Exception {
        return lms.launch(browser, Launch.of(subject, "Frame Student", Launch.LEARNER, "course-frame-http"));
    }

    private static String sessionCookie(LaunchBrowser.Outcome outcome) {
        return outcome.response().headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no session cookie in " + outcome.response().headers()));
    }

    @Test
    void a_launch_inside_a_frame_gets_a_session_cookie_the_browser_sends_inside_the_platforms_frame() throws Exception {
        var browser = lms.browser().inFrame();

        var outcome = launch(browser, "frame-http-1");

        assertThat(outcome.status()).isEqualTo(302);
        assertThat(outcome.location()).endsWith("/my-lessons");
        assertThat(sessionCookie(outcome)).contains("SameSite=None", "Secure", "HttpOnly", "Partitioned", "Path=/");
        assertThat(outcome.response().headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .hasSize(1);
        assertThat(browser.open("/my-lessons").status()).isEqualTo(200);
    }

    @Test
    void a_launch_in_a_new_window_keeps_the_lax_session_cookie() throws Exception {
        var outcome = launch(lms.browser(), "frame-http-2");

        assertThat(outcome.location()).endsWith("/my-lessons");
        assertThat(sessionCookie(outcome)).contains("SameSite=Lax").doesNotContain("SameSite=None", "Partitioned");
    }

    @Test
    void the_state_cookie_is_partitioned_so_a_browser_that_blocks_third_party_cookies_keeps_it_in_the_frame()
            throws Exception {
        var initiation = lms.browser()
                .inFrame()
                .open("/lti/login?iss=" + lms.platform().issuer() + "&login_hint=x&target_link_uri=x");

        assertThat(initiation.status()).isEqualTo(302);
        assertThat(initiation.location()).contains("/lti/launch/check?");
        assertThat(initiation.response().headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("lti_state_"))
                .singleElement()
                .satisfies(cookie -> assertThat(cookie)
                        .startsWith("lti_state_")
                        .contains("SameSite=None", "Secure", "HttpOnly", "Partitioned", "Path=/lti/launch"));
    }

    @Test
    void a_frame_that_keeps_no_cookie_is_offered_the_same_launch_in_a_new_window_which_signs_in() throws Exception {
        var loginHint = "frame-blocked";
        lms.platform()
                .prepare(loginHint, Launch.of("frame-http-4", "Blocked Student", Launch.LEARNER, "course-frame-http"));

        var inFrame = lms.browser().inFrame().blockingCookies().launch(lms.platform(), loginHint);

        assertThat(inFrame.status()).isEqualTo(200);
        assertThat(inFrame.body())
                .contains("Open Sourcework in a new window", "blocks the cookies")
                .doesNotContain("Exception");
        var link = NEW_WINDOW_LINK.matcher(inFrame.body());
        assertThat(link.find()).as("a link that opens a new window").isTrue();
        var href = HtmlUtils.htmlUnescape(link.group(1));
        assertThat(href)
                .startsWith("/lti/login?")
                .contains("login_hint=" + loginHint)
                .doesNotContain("state=");

        var newWindow = lms.browser();
        var initiation = newWindow.open(href);
        assertThat(initiation.status()).isEqualTo(302);
        assertThat(initiation.location()).startsWith(lms.platform().authUrl());
        var launched = newWindow.launch(lms.platform(), loginHint);
        assertThat(launched.location()).endsWith("/my-lessons");
        assertThat(sessionCookie(launched)).contains("SameSite=Lax");
        assertThat(newWindow.open("/my-lessons").status()).isEqualTo(200);
    }

    @Test
    void the_frame_check_is_open_to_anyone_and_may_be_framed_by_the_platform() throws Exception {
        var check = lms.browser().inFrame().open("/lti/launch/check?iss=x&login_hint=y&target_link_uri=z");

        assertThat(check.status()).isEqualTo(200);
        assertThat(check.response()
                        .headers()
                        .firstValue("Content-Security-Policy")
                        .orElseThrow())
                .contains("frame-ancestors", lms.platform().issuer());
    }

    @Test
    void a_frame_sent_to_the_sign_in_page_is_told_its_session_ended_on_a_page_the_platform_may_frame()
            throws Exception {
        var inFrame = lms.browser().inFrame().open("/login");

        assertThat(inFrame.status()).isEqualTo(302);
        assertThat(inFrame.location()).endsWith("/lti/session-ended");
        var ended = lms.browser().inFrame().open("/lti/session-ended");
        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.body()).contains("<h1>Your Sourcework session has ended</h1>");
        assertThat(ended.response()
                        .headers()
                        .firstValue("Content-Security-Policy")
                        .orElseThrow())
                .contains("frame-ancestors", lms.platform().issuer());

        var atTheTop = lms.browser().open("/login");
        assertThat(atTheTop.status())
                .as("the sign-in page itself, outside a frame")
                .isEqualTo(200);
        assertThat(atTheTop.response().headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }
}
