package org.sourcework.users;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A browser without a screen for the school sign-in: keeps its cookies (the session) and follows the
 * redirects between the app and the test provider one by one, so a test sees where each one went.
 */
final class SchoolBrowser {

    /** Where a request sent the browser, or its status when it sent it nowhere. */
    record Answer(int status, String location, String body) {}

    private final String app;
    private final HttpClient client;

    SchoolBrowser(int port) {
        this.app = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Presses "Sign in with ..." for this provider and follows the redirects (to the provider, back to the
     * app, onwards) until one lands on the app outside the sign-in machinery.
     *
     * @return the path (and query) the sign-in ended on, e.g. "/" or "/login?school"
     */
    String signInWith(String registrationId) throws IOException, InterruptedException {
        var next = URI.create(app + "/oauth2/authorization/" + registrationId);
        for (int hop = 0; hop < 5; hop++) {
            var answer = get(next);
            if (answer.status() != 302) {
                throw new AssertionError("Expected a redirect from " + next + ", got " + answer.status());
            }
            next = next.resolve(answer.location());
            var path = next.getRawPath();
            if (next.toString().startsWith(app) && !path.startsWith("/oauth2/") && !path.startsWith("/login/oauth2/")) {
                return path + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery());
            }
        }
        throw new AssertionError("The sign-in did not come back to the app");
    }

    Answer open(String path) throws IOException, InterruptedException {
        return get(URI.create(app + path));
    }

    private Answer get(URI uri) throws IOException, InterruptedException {
        var response = client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(
                response.statusCode(), response.headers().firstValue("Location").orElse(""), response.body());
    }
}
