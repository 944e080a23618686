package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sourcework.it.ClusterDatabase;
import org.sourcework.it.ClusterNode;
import org.sourcework.it.HaProxy;

/**
 * Two Sourcework nodes (forked JVMs on the test class path, see {@link ClusterNode}) on one real
 * PostgreSQL, behind a real HAProxy running {@code deploy/haproxy.cfg}, used through real browsers.
 * The steps build on each other, in order: the nodes start together, a student saves on A while an
 * instructor reads on B, and then A is killed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String PASSWORD = "reading-1956";
    private static final String COOKIE = PinnedSignIn.COOKIE;
    private static final String PAGE = "I";
    private static final String FIRST = "i-had-it-been-able";
    private static final String SECOND = "i-check-against-speech";
    private static final String SAVED_ON_A = "They could not have kept the campaign quiet for long.";
    private static final String STALE_ON_B = "Typed in a window opened before the other one saved.";
    private static final String SECOND_ON_A = "Compare it with the text the State Department printed in June.";
    private static final String UNSAVED = " Typed after the server went down.";

    private static ClusterDatabase database;
    private static ClusterNode a;
    private static ClusterNode b;
    private static HaProxy proxy;
    private static ChromeDriver studentBrowser;
    private static ChromeDriver otherBrowser;
    private static AppPage student;
    private static AppPage other;
    private static long assignment;

    @BeforeAll
    static void twoNodesStartTogetherBehindHaProxy() throws Exception {
        database = ClusterDatabase.create("cluster");
        a = ClusterNode.on("a", database.url(), "postgres", Map.of());
        b = ClusterNode.on("b", database.url(), "postgres", Map.of());
        // Hold Flyway's lock and the demo school's while both start, and let go of each only once both
        // nodes wait for it: their migrations and their seeding then overlap for certain, instead of only
        // when the timing happens to line up.
        try (var holder = database.connect()) {
            ClusterDatabase.flywayLock(holder, "pg_advisory_lock");
            ClusterDatabase.advisory(holder, "pg_advisory_lock", "demo-school");
            a.start();
            b.start();
            await().atMost(Duration.ofMinutes(4))
                    .pollInterval(Duration.ofMillis(250))
                    .alias("both nodes connected, waiting for Flyway's lock")
                    .until(() -> database.nodesConnected() == 2);
            assertThat(query("select count(*) from pg_tables where tablename = 'app_user'"))
                    .as("no migration ran while Flyway's lock was held")
                    .containsExactly("0");
            ClusterDatabase.flywayLock(holder, "pg_advisory_unlock");
            await().atMost(Duration.ofMinutes(5))
                    .pollInterval(Duration.ofMillis(250))
                    .alias("both nodes waiting for the demo school's lock")
                    .until(() -> database.waitingFor("demo-school") == 2);
            ClusterDatabase.advisory(holder, "pg_advisory_unlock", "demo-school");
        }
        // ready only once the demo school is seeded (readiness follows the start-up runners)
        await().atMost(Duration.ofMinutes(4)).until(() -> a.readiness() == 200 && b.readiness() == 200);
        proxy = HaProxy.start(a, b);
        proxy.awaitServer("a", "UP");
        proxy.awaitServer("b", "UP");
        studentBrowser = Chrome.start();
        otherBrowser = Chrome.start();
        student = new AppPage(studentBrowser, proxy.port());
        other = new AppPage(otherBrowser, proxy.port());
    }

    @AfterAll
    static void stopEverything() throws Exception {
        for (var browser : new ChromeDriver[] {studentBrowser, otherBrowser}) {
            if (browser != null) {
                browser.quit();
            }
        }
        if (proxy != null) {
            proxy.close();
        }
        for (var node : new ClusterNode[] {a, b}) {
            if (node != null) {
                Files.writeString(Path.of("target", "cluster-node-" + node.name() + ".log"), node.output());
                node.close();
            }
        }
    }

    @Test
    @Order(1)
    void two_nodes_started_together_run_each_migration_once_and_create_one_demo_school() throws Exception {
        assertThat(query("select count(*) from flyway_schema_history where success group by version"
                        + " having count(*) > 1"))
                .as("migrations applied twice")
                .isEmpty();
        assertThat(query("select count(*) from flyway_schema_history where success and version is not null"))
                .containsExactly(String.valueOf(ClusterDatabase.migrationFiles()));
        assertThat(query("select count(*) from app_user")).containsExactly("23");
        assertThat(query("select count(*) from school_class")).containsExactly("3");
        assertThat(query("select count(*) from lesson_version")).containsExactly("1");
        assertThat(query("select count(*) from assignment")).containsExactly("3");
        assertThat(a.readiness()).isEqualTo(200);
        assertThat(b.readiness()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void an_answer_saved_on_node_a_reaches_an_instructor_on_node_b_and_a_stale_edit_on_b_is_refused() throws Exception {
        signInOn(student, "a", "chloe");
        var onA = new LessonReader(student);
        assignment = onA.openFromHome();
        signInOn(other, "b", "chloe");
        var onB = new LessonReader(other);
        onB.open(assignment, PAGE);
        // hold B's regular check for changes made elsewhere, as typing does, so B's stale edit is met as
        // a conflict rather than B first taking A's newer text
        other.script("window.__swLastInput = Date.now() + 3600000");
        onA.open(assignment, PAGE);

        onA.type(FIRST, 0, SAVED_ON_A);
        onA.awaitSaved(FIRST);
        onB.type(FIRST, 0, STALE_ON_B);

        other.waitFor().until(driver -> onB.saveStatus(FIRST).contains("changed in another window"));
        assertThat(other.driver().findElements(By.cssSelector("vaadin-dialog.conflict-dialog")))
                .isNotEmpty();
        assertThat(storedAnswer("chloe", FIRST)).isEqualTo(SAVED_ON_A);

        signInOn(other, "b", "hughes");
        new ReviewPages(other).openQuestion(assignment, FIRST);
        other.waitFor()
                .until(driver ->
                        driver.findElement(By.tagName("body")).getText().contains(SAVED_ON_A));
    }

    @Test
    @Order(3)
    void when_node_a_is_killed_the_student_signs_in_on_b_with_every_saved_answer_and_the_unsaved_text_offered()
            throws Exception {
        var reader = new LessonReader(student);
        reader.type(SECOND, 0, SECOND_ON_A);
        reader.awaitSaved(SECOND);

        a.killHard();
        reader.type(FIRST, 0, UNSAVED);

        // the page finds its session gone on B and says so; the student chooses to sign in again
        var notice = student.waitFor(Duration.ofMinutes(1))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".v-system-error[data-cause]")));
        notice.click();
        student.waitFor(Duration.ofMinutes(1)).until(driver -> student.path().startsWith("/login"));
        student.signIn("chloe", PASSWORD);
        assertThat(student.driver().manage().getCookieNamed(COOKIE).getValue()).isEqualTo("b");
        reader.open(assignment, PAGE);
        assertThat(reader.text(FIRST, 0)).isEqualTo(SAVED_ON_A);
        assertThat(reader.text(SECOND, 0)).isEqualTo(SECOND_ON_A);
        var offer = student.waitFor()
                .until(driver -> driver.findElement(By.cssSelector("#question-" + FIRST + " .restore-offer")));
        assertThat(offer.getText()).contains(SAVED_ON_A + UNSAVED);
        proxy.awaitServer("a", "DOWN");
    }

    private static void signInOn(AppPage page, String node, String username) {
        PinnedSignIn.signInOn(proxy, page, node, username, PASSWORD);
    }

    private static String storedAnswer(String username, String questionId) throws SQLException {
        return query(
                        "select a.text_value from answer a join student_work w on w.id = a.work_id"
                                + " join app_user u on u.id = w.student_id where u.username = ? and a.question_id = ?",
                        username,
                        questionId)
                .getFirst();
    }

    private static List<String> query(String sql, Object... parameters) throws SQLException {
        return database.query(sql, parameters);
    }
}
