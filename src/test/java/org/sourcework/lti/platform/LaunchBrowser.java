package org.sourcework.lti.platform;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser as far as an LTI launch needs one, on a real HTTP client: it follows the tool's redirect to
 * the platform, submits the platform's form_post to the tool, and keeps cookies itself. It must: the
 * state cookie is Secure (SameSite=None), and the JDK's CookieManager never sends a Secure cookie over
 * plain http, where Chromium does for localhost. So this browser sends cookies as Chromium would on
 * http://localhost; a real deployment runs over https, where every browser sends them.
 */
public final class LaunchBrowser {

    private static final Pattern INPUT = Pattern.compile("name=\"([^\"]+)\" value=\"([^\"]*)\"");
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private boolean keepsCookies = true;
    private final String app;

    public LaunchBrowser(String app) {
        this.app = app;
    }

    /** Asks as a page inside a frame does: Chromium, Firefox and Safari say so in Sec-Fetch-Dest. */
    public LaunchBrowser inFrame() {
        headers.put("Sec-Fetch-Dest", "iframe");
        return this;
    }

    /** Keeps no cookie the tool sets, as a browser that blocks cookies in other sites' frames. */
    public LaunchBrowser blockingCookies() {
        keepsCookies = false;
        return this;
    }

    /** What the last step of a launch answered. */
    public record Outcome(int status, String location, String body, HttpResponse<String> response) {}

    /** The platform's form post of an earlier launch, to send again. */
    public record FormPost(String action, Map<String, String> fields) {}

    private FormPost lastForm;

    /** Login initiation from the platform, the platform's answer, and the form post to the tool's launch. */
    public Outcome launch(TestPlatform platform, String loginHint) throws IOException, InterruptedException {
        var initiation = send(get(app + "/lti/login?"
                + form(Map.of(
                        "iss",
                        platform.issuer(),
                        "login_hint",
                        loginHint,
                        "target_link_uri",
                        app + "/lti/launch",
                        "lti_message_hint",
                        "resource-link",
                        "client_id",
                        TestPlatform.CLIENT_ID,
                        "lti_deployment_id",
                        TestPlatform.DEPLOYMENT_ID))));
        // a login inside a frame first passes the tool's own check that its cookie comes back
        while (initiation.statusCode() == 302 && appPath(initiation) != null) {
            initiation = send(get(app + appPath(initiation)));
        }
        if (initiation.statusCode() != 302) {
            return outcome(initiation);
        }
        var authentication =
                send(get(initiation.headers().firstValue("Location").orElseThrow()));
        if (authentication.statusCode() != 200) {
            throw new IllegalStateException(
                    "The platform refused the authentication request: " + authentication.body());
        }
        lastForm = formOn(authentication.body());
        return post(lastForm);
    }

    /** The form of a page that posts itself: the platform's form_post, or the tool's deep-linking answer. */
    public static FormPost formOn(String page) {
        var action = ACTION.matcher(page);
        if (!action.find()) {
            throw new IllegalStateException("The page has no form: " + page);
        }
        var fields = new LinkedHashMap<String, String>();
        var input = INPUT.matcher(page);
        while (input.find()) {
            fields.put(input.group(1), org.springframework.web.util.HtmlUtils.htmlUnescape(input.group(2)));
        }
        return new FormPost(org.springframework.web.util.HtmlUtils.htmlUnescape(action.group(1)), fields);
    }

    public FormPost lastForm() {
        return lastForm;
    }

    public Outcome post(FormPost form) throws IOException, InterruptedException {
        return outcome(send(HttpRequest.newBuilder(URI.create(form.action()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form.fields())))));
    }

    /** A page of the app with this browser's cookies, for what the launch led to. */
    public Outcome open(String path) throws IOException, InterruptedException {
        return outcome(send(get(app + path)));
    }

    /** The path of a redirect that stays in the app, or null. */
    private String appPath(HttpResponse<String> response) {
        var location = response.headers().firstValue("Location").orElse("");
        return location.startsWith(app + "/")
                ? location.substring(app.length())
                : location.startsWith("/") ? location : null;
    }

    private static HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).GET();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        headers.forEach(request::header);
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (var header : keepsCookies ? response.headers().allValues("Set-Cookie") : List.<String>of()) {
            var pair = header.split(";", 2)[0];
            var eq = pair.indexOf('=');
            var maxAgeZero = header.toLowerCase().contains("max-age=0");
            if (maxAgeZero) {
                cookies.remove(pair.substring(0, eq));
            } else {
                cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return response;
    }

    public Map<String, String> cookies() {
        return cookies;
    }

    private static Outcome outcome(HttpResponse<String> response) {
        return new Outcome(
                response.statusCode(), response.headers().firstValue("Location").orElse(""), response.body(), response);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
