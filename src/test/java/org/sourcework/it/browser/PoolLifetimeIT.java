package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app on a file database with the shortest pool lifetime the pool allows (30 s instead of 30
 * minutes), used as a class would use it across several lifetimes: before each round every pooled
 * connection has been replaced, then a student signs in, opens the lesson and saves an answer, a wrong
 * password is told so, and readiness stays UP. With H2 2.4.240 the first round after a turnover failed:
 * sign-in returned to an empty form and answers stayed "Not saved".
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "sourcework.lessons-dir=lessons",
            "sourcework.demo.sample-work=false",
            "vaadin.launch-browser=false",
            "vaadin.devmode.devTools.enabled=false",
            "vaadin.devmode.usageStatistics.enabled=false",
            "spring.datasource.hikari.max-lifetime=30000",
            "spring.datasource.hikari.minimum-idle=2",
            "spring.datasource.hikari.maximum-pool-size=4"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoolLifetimeIT {

    private static final Duration LIFETIME_AND_MARGIN = Duration.ofSeconds(75);
    private static final List<String> STUDENTS = List.of("amira", "ben", "chloe");

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    JdbcTemplate jdbc;

    private AppPage page;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) throws IOException {
        var target = Files.createDirectories(Path.of("target", "it-data"));
        var dir = Files.createTempDirectory(target, "pool-lifetime-").toAbsolutePath();
        registry.add("sourcework.data-dir", dir::toString);
    }

    @BeforeAll
    void startBrowser() {
        page = new AppPage(Chrome.start(), port);
    }

    @AfterAll
    void quitBrowser() {
        page.driver().quit();
    }

    @Test
    void signing_in_and_saving_keep_working_across_several_pool_lifetimes() throws Exception {
        assertThat(publicReadinessStatus())
                .as("readiness through the public port")
                .isNotEqualTo(200);

        for (var student : STUDENTS) {
            awaitEveryConnectionReplaced();

            page.signIn(student, "not-the-password");
            assertThat(page.path()).as("where a wrong password lands").isEqualTo("/login");
            assertThat(page.query()).isEqualTo("error");

            page.signIn(student, "reading-1956");
            assertThat(page.path())
                    .as("where %s lands after signing in", student)
                    .isEqualTo("/my-lessons");
            var reader = new LessonReader(page);
            reader.openFromHome();
            reader.type("hn-predict", 0, "It will say the campaign is about power, not truth.");
            reader.awaitSaved("hn-predict");

            assertThat(readiness()).contains("\"writableDatabase\":{\"status\":\"UP\"");
            page.driver().manage().deleteAllCookies();
        }
    }

    /** Waits until the database has no session that was open when this round began. */
    private void awaitEveryConnectionReplaced() throws InterruptedException {
        var roundStart = jdbc.queryForObject("select localtimestamp", Timestamp.class);
        long deadline = System.nanoTime() + LIFETIME_AND_MARGIN.toNanos();
        while (System.nanoTime() < deadline) {
            var older = jdbc.queryForObject(
                    "select count(*) from information_schema.sessions" + " where cast(session_start as timestamp) <= ?",
                    Long.class,
                    roundStart);
            if (older == 0) {
                return;
            }
            Thread.sleep(500);
        }
        fail("The pool still held connections from before %s after %s", roundStart, LIFETIME_AND_MARGIN);
    }

    private int publicReadinessStatus() throws IOException, InterruptedException {
        try (var client = HttpClient.newHttpClient()) {
            return client.send(
                            HttpRequest.newBuilder(
                                            URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }
    }

    private String readiness() throws IOException, InterruptedException {
        try (var client = HttpClient.newHttpClient()) {
            var response = client.send(
                    HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return response.body().replace(" ", "");
        }
    }
}
