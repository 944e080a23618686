package org.sourcework.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Signs in the way the login form's native submit does, without a browser: fetch the sign-in page
 * for a session and its CSRF token, post the form, and report where the server sends us. Production
 * runs behind a TLS proxy, so every request says it came over TLS ({@code X-Forwarded-Proto}), and
 * the session cookie, which is then Secure, is carried by hand over this plain-HTTP connection.
 */
final class FormSignIn {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String baseUrl;

    FormSignIn(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The Location the server redirects to after posting these credentials, from a fresh session. */
    String attempt(String username, String password) throws IOException, InterruptedException {
        var client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var page = client.send(viaTls("/login").build(), HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("GET /login answered " + page.statusCode());
        }
        var session = page.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .findFirst()
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .orElseThrow(() -> new IllegalStateException("The sign-in page started no session"));
        var csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("The sign-in page has no CSRF token:\n" + page.body());
        }
        var form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        var response = client.send(
                viaTls("/login")
                        .header("Cookie", session)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        return response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new IllegalStateException(
                        "POST /login answered " + response.statusCode() + " without a redirect"));
    }

    private HttpRequest.Builder viaTls(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("X-Forwarded-Proto", "https");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
