package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The real server over real HTTP, as a browser or curl sees it: protective headers and cookie flags,
 * no session id in a URL, closed back doors, no cross-site sign-in; and in Chromium, a
 * Content-Security-Policy that Vaadin's pages run under without a single violation.
 */
class HttpHardeningIT extends BrowserTestBase {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    RunAs runAs;

    @Autowired
    RosterQueries roster;

    /** A fresh cookie jar per test, as a browser that has not been here before. */
    private HttpClient http;

    @BeforeEach
    void newVisitor() {
        http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager())
                .build();
    }

    @Test
    void the_sign_in_page_carries_a_content_security_policy_and_the_other_protective_headers() throws Exception {
        var headers = get("/login").headers();

        assertThat(headers.firstValue("Content-Security-Policy"))
                .get()
                .asString()
                .contains(
                        "default-src 'self'",
                        "script-src 'self' 'nonce-",
                        "object-src 'none'",
                        "frame-ancestors 'none'",
                        "form-action 'self'")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Cache-Control")).get().asString().contains("no-store");
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax() throws Exception {
        var cookie = get("/login").headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("JSESSIONID="))
                .findFirst();

        assertThat(cookie).get().asString().contains("HttpOnly", "SameSite=Lax");
    }

    @Test
    void no_address_ever_carries_the_session_id() throws Exception {
        for (var path : List.of("/VAADIN/", "/", "/my-lessons")) {
            var response = get(path);
            assertThat(response.headers().firstValue("Location"))
                    .as(path)
                    .get()
                    .asString()
                    .endsWith("/login")
                    .doesNotContain("jsessionid");
        }
    }

    @Test
    void database_console_actuator_and_error_page_stay_closed_and_odd_methods_are_refused() throws Exception {
        for (var path : List.of("/h2-console", "/actuator", "/actuator/env", "/error")) {
            assertThat(get(path).statusCode()).as(path).isNotEqualTo(200);
        }
        for (var method : List.of("TRACE", "PUT", "DELETE")) {
            var response = http.send(
                    HttpRequest.newBuilder(uri("/login"))
                            .method(method, HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(method).isNotEqualTo(200);
        }
    }

    @Test
    void the_sign_in_form_posted_from_another_site_signs_nobody_in() throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", "http://evil.example")
                        .POST(HttpRequest.BodyPublishers.ofString("username=amira&password=" + PASSWORD))
                        .build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login?expired");
        assertThat(get("/my-lessons").headers().firstValue("Location"))
                .get()
                .asString()
                .endsWith("/login");
    }

    @Test
    void signing_in_issues_a_new_session_id() throws Exception {
        var signInPage = get("/login");
        var before = sessionId(signInPage);
        var token = CSRF.matcher(signInPage.body());
        assertThat(token.find()).as("the page's CSRF token").isTrue();

        var signedIn = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=ben&password=" + PASSWORD + "&_csrf="
                                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(signedIn.headers().firstValue("Location")).get().asString().doesNotContain("/login");
        assertThat(sessionId(signedIn)).isNotEqualTo(before);
    }

    @Test
    void sign_in_reader_and_review_pages_run_without_any_content_security_policy_violation() {
        long lesson =
                runAs.user("amira", () -> roster.myAssignments().getFirst().assignmentId());
        cspViolations();

        page.open("login");
        var seen = cspViolations();
        page.signIn("amira", PASSWORD);
        page.open("lesson/" + lesson + "/I");
        seen.addAll(cspViolations());
        page.driver().manage().deleteAllCookies();

        var review = new ReviewPages(page);
        page.signIn(ReviewPages.INSTRUCTOR, PASSWORD);
        var assignment = review.reviewLinkOf(ReviewPages.SAMPLE_CLASS);
        review.openOverview(assignment);
        review.openQuestion(assignment, "iiib-evidence-fear");
        page.open("review/" + assignment + "/student");
        seen.addAll(cspViolations());

        assertThat(seen).isEmpty();
    }

    @Test
    void an_inline_script_slipped_into_a_page_does_not_run() {
        page.open("login");
        cspViolations();

        page.script("""
                const injected = document.createElement('script');
                injected.textContent = 'window.injectedScriptRan = true';
                document.head.appendChild(injected);
                """);

        assertThat(page.script("return window.injectedScriptRan === true")).isEqualTo(false);
        assertThat(cspViolations()).singleElement().asString().contains("script-src");
    }

    /** The Content-Security-Policy reports in the browser's console since the last call. */
    private List<String> cspViolations() {
        return new ArrayList<>(page.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList());
    }

    private static String sessionId(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
