package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.ObjectMapper;

/**
 * Text responses travel compressed, over real HTTP. It runs on the browser tests' server (one
 * Spring context for all of them) but talks to it with a plain HTTP client, to choose what it accepts.
 */
class CompressionIT extends BrowserTestBase {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void lumos_stylesheet_is_sent_gzipped_to_a_browser_that_accepts_it_and_unchanged_in_content() throws Exception {
        var plain = get("/lumo/lumo.css", "identity");
        var compressed = get("/lumo/lumo.css", "gzip, deflate, br");

        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(compressed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
        assertThat(compressed.body().length).isLessThan(plain.body().length / 3);
        assertThat(gunzip(compressed.body())).isEqualTo(plain.body());
    }

    @Test
    void the_response_that_draws_a_students_home_is_sent_gzipped() throws Exception {
        signIn("amira");
        var init = get("/?v-r=init&location=my-lessons", "identity");
        var config = new ObjectMapper().readTree(init.body()).path("appConfig");
        var uiId = config.path("v-uiId").asInt();
        var securityKey = config.path("uidl").path("Vaadin-Security-Key").asString();
        // what the browser sends first: navigate this new UI to the address it was opened at
        var navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"/my-lessons",\
                "query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}""".formatted(securityKey);

        var uidl = http.send(
                HttpRequest.newBuilder(url("/?v-r=uidl&v-uiId=" + uiId))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .header("Accept-Encoding", "gzip, deflate")
                        .POST(HttpRequest.BodyPublishers.ofString(navigate))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(uidl.statusCode()).isEqualTo(200);
        assertThat(uidl.headers().firstValue("Content-Encoding")).hasValue("gzip");
        var json = new String(gunzip(uidl.body()), StandardCharsets.UTF_8);
        assertThat(json).contains("\"syncId\"", "My lessons");
        assertThat(uidl.body().length).isLessThan(json.length() / 2);
    }

    private void signIn(String username) throws IOException, InterruptedException {
        var page = new String(get("/login", "identity").body(), StandardCharsets.UTF_8);
        var csrf = CSRF.matcher(page);
        assertThat(csrf.find()).as("the sign-in page carries a CSRF token").isTrue();
        var form = "username=" + username + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        var response = http.send(
                HttpRequest.newBuilder(url("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.headers().firstValue("Location"))
                .as("where signing in leads")
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        var response = http.send(
                HttpRequest.newBuilder(url(path))
                        .header("Accept-Encoding", acceptEncoding)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        return response;
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
