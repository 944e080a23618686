package org.sourcework.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcework.Application;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code prod} profile has no demo data: the first administrator comes from
 * SOURCEWORK_ADMIN_PASSWORD, and without it the server does not start at all. It logs one JSON object
 * per line.
 */
class ProductionProfileIT {

    private static final String ADMIN_PASSWORD = "a quiet river at dawn 1956";
    private static final Pattern TOMCAT_PORT = Pattern.compile("Tomcat started on port (?:\\(s\\): )?(\\d+)");

    @TempDir
    Path dataDir;

    @Test
    void production_refuses_to_start_without_an_administrator_password() throws Exception {
        try (var server = startProduction(Map.of())) {
            int exitCode = server.awaitExit(ForkedArgs.START_TIMEOUT);

            assertThat(exitCode).as(server.output()).isNotZero();
            assertThat(server.output())
                    .contains("Set the environment variable SOURCEWORK_ADMIN_PASSWORD")
                    .doesNotContain("Started Application");
        }
    }

    @Test
    void production_with_a_password_logs_json_and_creates_only_the_administrator_who_can_then_sign_in()
            throws Exception {
        try (var server = startProduction(Map.of("SOURCEWORK_ADMIN_PASSWORD", ADMIN_PASSWORD))) {
            var portLine = server.awaitLine(line -> TOMCAT_PORT.matcher(line).find(), ForkedArgs.START_TIMEOUT);
            var started = server.awaitLine(line -> line.contains("Started Application"), ForkedArgs.START_TIMEOUT);
            var logLine = JsonMapper.builder().build().readTree(started);
            assertThat(logLine.path("message").asString())
                    .as("a JSON log line: " + started)
                    .startsWith("Started Application");
            assertThat(logLine.path("service").path("name").asString()).isEqualTo("sourcework");
            var matcher = TOMCAT_PORT.matcher(portLine);
            matcher.find();
            var signIn = new FormSignIn("http://localhost:" + matcher.group(1));

            assertThat(signIn.attempt("admin", ADMIN_PASSWORD))
                    .as("where admin lands")
                    .doesNotContain("/login");
            assertThat(signIn.attempt("admin", "reading-1956"))
                    .as("where a wrong password lands")
                    .endsWith("/login?error");
            server.stop(Duration.ofSeconds(30));
        }

        assertThat(H2Files.column(dataDir, "select username from app_user order by username"))
                .containsExactly("admin");
        assertThat(H2Files.column(dataDir, "select count(*) from school_class")).containsExactly("0");
    }

    @Test
    void production_behind_a_tls_proxy_sends_hsts_and_a_secure_session_cookie() throws Exception {
        try (var server = startProduction(Map.of("SOURCEWORK_ADMIN_PASSWORD", ADMIN_PASSWORD))) {
            var portLine = server.awaitLine(line -> TOMCAT_PORT.matcher(line).find(), ForkedArgs.START_TIMEOUT);
            server.awaitLine(line -> line.contains("Started Application"), ForkedArgs.START_TIMEOUT);
            var matcher = TOMCAT_PORT.matcher(portLine);
            matcher.find();
            var signInPage = URI.create("http://localhost:" + matcher.group(1) + "/login");
            var http = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();

            // the proxy on this machine says the browser came over TLS
            var overTls = http.send(
                            HttpRequest.newBuilder(signInPage)
                                    .header("X-Forwarded-Proto", "https")
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .headers();

            assertThat(overTls.firstValue("Strict-Transport-Security"))
                    .get()
                    .asString()
                    .contains("max-age=31536000");
            assertThat(overTls.allValues("Set-Cookie"))
                    .filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                    .singleElement()
                    .asString()
                    .contains("Secure", "HttpOnly", "SameSite=Lax");
            server.stop(Duration.ofSeconds(30));
        }
    }

    private ForkedJvm startProduction(Map<String, String> env) throws Exception {
        var environment = new HashMap<>(env);
        environment.put("SPRING_PROFILES_ACTIVE", "prod");
        environment.put("SOURCEWORK_DATA_DIR", dataDir.toString());
        var args = List.of("--server.port=0", "--management.server.port=0", "--vaadin.launch-browser=false");
        return ForkedJvm.start(Application.class, args, environment, ForkedArgs.ENV_TO_CLEAR);
    }
}
