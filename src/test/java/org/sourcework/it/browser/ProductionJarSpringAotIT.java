package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sourcework.it.ForkedArgs;
import org.sourcework.it.ForkedJvm;
import org.sourcework.it.ProductionJar;

/**
 * The production jar runs on the bean definitions Spring AOT generated at build time
 * (docs/decisions/0021-spring-aot.md), started with plain {@code java -jar}, and still honours what a school
 * sets at start: its data folder, the demo school outside {@code prod}, and a school sign-in provider that
 * the build never saw. A student reads a lesson and an administrator opens the user list in a real browser.
 */
@Tag(ProductionJar.TAG)
class ProductionJarSpringAotIT {

    private static final String PASSWORD = "reading-1956";
    private static final Pattern ERROR_LINE = Pattern.compile("(?m)^\\S+\\s+ERROR ");

    @TempDir
    Path dataDir;

    @Test
    void the_production_jar_starts_on_spring_aot_and_serves_a_student_an_administrator_and_school_sign_in()
            throws Exception {
        int port = freePort();
        var registration = "--spring.security.oauth2.client.registration.school.";
        var provider = "--spring.security.oauth2.client.provider.school.";
        try (var server = ForkedJvm.startJar(
                ProductionJar.path(),
                List.of(
                        "--server.port=" + port,
                        "--management.server.port=0",
                        "--sourcework.lessons-dir=lessons",
                        registration + "client-id=sourcework",
                        registration + "client-secret=not-used",
                        registration + "client-name=Test School",
                        registration + "scope=openid,email,profile",
                        registration + "authorization-grant-type=authorization_code",
                        registration + "redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
                        provider + "authorization-uri=http://127.0.0.1:9/authorize",
                        provider + "token-uri=http://127.0.0.1:9/token",
                        provider + "jwk-set-uri=http://127.0.0.1:9/jwks",
                        provider + "user-name-attribute=sub"),
                Map.of("SOURCEWORK_DATA_DIR", dataDir.toString()),
                ForkedArgs.ENV_TO_CLEAR)) {
            server.awaitLine(line -> line.contains("Started Application"), ForkedArgs.START_TIMEOUT);
            server.awaitLine(line -> line.contains("Demo accounts created"), ForkedArgs.START_TIMEOUT);
            assertThat(server.output())
                    .as("Spring Boot's start-up line names the generated code it runs on")
                    .contains("Starting AOT-processed Application");
            assertThat(dataDir.resolve("sourcework.mv.db"))
                    .as("the database in SOURCEWORK_DATA_DIR")
                    .exists();

            var driver = Chrome.start();
            try {
                var page = new AppPage(driver, port);
                page.open("login");
                page.waitFor().until(ExpectedConditions.elementToBeClickable(By.linkText("Sign in with Test School")));

                page.signIn(DemoHome.STUDENT.username, PASSWORD);
                page.awaitHeading(DemoHome.STUDENT.heading);
                new LessonReader(page).openFromHome();
                assertThat(page.path()).startsWith("/lesson/");

                driver.manage().deleteAllCookies();
                page.signIn(DemoHome.ADMIN.username, PASSWORD);
                page.awaitHeading(DemoHome.ADMIN.heading);
                page.open("admin/users");
                page.awaitHeading("Users");
            } finally {
                quit(driver);
            }
            server.stop(Duration.ofMinutes(1));
            assertThat(ERROR_LINE.matcher(server.output()).find())
                    .as("an ERROR in the server's log:%n%s", server.output())
                    .isFalse();
        }
    }

    private static void quit(ChromeDriver driver) {
        driver.quit();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
