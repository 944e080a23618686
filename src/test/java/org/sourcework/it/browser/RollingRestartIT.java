package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.chrome.ChromeDriver;
import org.sourcework.it.ClusterDatabase;
import org.sourcework.it.ClusterNode;
import org.sourcework.it.ForkedArgs;
import org.sourcework.it.HaProxy;
import org.sourcework.it.ProductionJar;

/**
 * Two nodes running the production jar ({@code java -jar}) on one PostgreSQL behind HAProxy with
 * {@code deploy/haproxy.cfg}, restarted one after the other while two students keep saving. The nodes
 * run the postgres profile without prod, because prod has no demo school to save answers in; the
 * graceful shutdown comes from application.properties, which prod does not change. In order: a save
 * held in the database when node A gets SIGTERM, then the rest of the rolling restart.
 */
@Tag(ProductionJar.TAG)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RollingRestartIT {

    private static final String PASSWORD = "reading-1956";
    private static final String PAGE = "I";
    // History 11A has the full lesson
    private static final String QUESTION = "i-had-it-been-able";

    private static ClusterDatabase database;
    private static ClusterNode a;
    private static ClusterNode b;
    private static HaProxy proxy;
    private static ChromeDriver amiraBrowser;
    private static ChromeDriver benBrowser;
    private static SavingStudent amira;
    private static SavingStudent ben;

    @BeforeAll
    static void twoProductionNodesBehindHaProxy() throws Exception {
        database = ClusterDatabase.create("rolling");
        a = ClusterNode.productionJar("a", database.url(), "postgres", Map.of()).start();
        a.awaitStarted();
        b = ClusterNode.productionJar("b", database.url(), "postgres", Map.of()).start();
        b.awaitStarted();
        await().atMost(ForkedArgs.START_TIMEOUT).until(() -> a.readiness() == 200 && b.readiness() == 200);
        proxy = HaProxy.start(a, b);
        proxy.awaitServer("a", "UP");
        proxy.awaitServer("b", "UP");
        amiraBrowser = Chrome.start();
        benBrowser = Chrome.start();
        var amiraPage = new AppPage(amiraBrowser, proxy.port());
        var benPage = new AppPage(benBrowser, proxy.port());
        amira = new SavingStudent(amiraPage, "amira", PASSWORD, QUESTION);
        ben = new SavingStudent(benPage, "ben", PASSWORD, QUESTION);
        PinnedSignIn.signInOn(proxy, amiraPage, "a", "amira", PASSWORD);
        long assignment = new LessonReader(amiraPage).openFromHome();
        PinnedSignIn.signInOn(proxy, benPage, "b", "ben", PASSWORD);
        amira.open(assignment, PAGE);
        ben.open(assignment, PAGE);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        for (var browser : new ChromeDriver[] {amiraBrowser, benBrowser}) {
            if (browser != null) {
                browser.quit();
            }
        }
        if (proxy != null) {
            proxy.close();
        }
        for (var node : new ClusterNode[] {a, b}) {
            if (node != null) {
                Files.writeString(Path.of("target", "rolling-node-" + node.name() + ".log"), node.output());
                node.close();
            }
        }
    }

    @Test
    @Order(1)
    void a_save_running_when_its_node_gets_sigterm_finishes_and_is_shown_as_saved_before_the_node_ends()
            throws Exception {
        amira.saveOnce(PAGE);
        assertThat(amira.signIns()).as("amira stayed on node a").isZero();

        try (var holder = database.connect()) {
            // hold amira's answer row, so that her next save waits in the database, inside its request on node a
            holder.setAutoCommit(false);
            try (var lock = holder.prepareStatement("select a.id from answer a join student_work w on w.id = a.work_id"
                    + " join app_user u on u.id = w.student_id where u.username = 'amira' for update")) {
                lock.executeQuery().close();
            }
            amira.type();
            await().atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofMillis(250))
                    .alias("amira's save waiting for the row on node a")
                    .until(() -> database.query(
                                    "select count(*)"
                                            + " from pg_stat_activity where application_name = 'sourcework-a' and wait_event_type = 'Lock'")
                            .getFirst()
                            .equals("1"));

            a.terminate();
            a.awaitOutput("Commencing graceful shutdown");
            assertThat(a.isRunning()).as("node a waits for the running save").isTrue();
            holder.commit();
        }
        assertThat(amira.awaitOutcome(PAGE))
                .as("the held save is shown as saved, without signing in again")
                .isTrue();
        int exitCode = a.awaitExit();

        assertThat(exitCode)
                .as("a JVM that ends on SIGTERM exits with 128 + 15")
                .isEqualTo(143);
        assertThat(a.output()).contains("Graceful shutdown complete").doesNotContain("Graceful shutdown aborted");
        assertThat(storedAnswer(amira)).isEqualTo(amira.acknowledged().getLast());
        proxy.awaitServer("a", "DOWN");
    }

    @Test
    @Order(2)
    void the_rest_of_a_rolling_restart_while_students_save_loses_nothing_that_was_shown_as_saved() throws Exception {
        var students = List.of(amira, ben);
        whileSaving(students, () -> {
            a.start();
            a.awaitStarted();
            proxy.awaitServer("a", "UP");
        });
        whileSaving(
                students, () -> assertThat(b.stop()).as("exit code of node b").isEqualTo(143));
        whileSaving(students, () -> {
            b.start();
            b.awaitStarted();
            proxy.awaitServer("b", "UP");
        });

        for (var student : students) {
            var stored = storedAnswer(student);
            assertThat(student.acknowledged())
                    .as(student.username() + "'s texts shown as saved")
                    .hasSizeGreaterThan(3)
                    .allSatisfy(saved -> assertThat(stored)
                            .as("what the database holds for " + student.username())
                            .startsWith(saved));
            assertThat(stored).isEqualTo(student.acknowledged().getLast());
        }
        assertThat(ben.signIns())
                .as("ben, on node b, was sent to sign in again")
                .isPositive();
        assertThat(b.output()).contains("Commencing graceful shutdown");
    }

    private interface Step {
        void run() throws Exception;
    }

    /** Runs the step (a stop or a start) in the background while the students keep saving, then saves once more each. */
    private static void whileSaving(List<SavingStudent> students, Step step) throws Exception {
        var running = CompletableFuture.runAsync(() -> {
            try {
                step.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        do {
            students.forEach(student -> student.saveOnce(PAGE));
        } while (!running.isDone());
        running.get();
        students.forEach(student -> student.saveOnce(PAGE));
    }

    private static String storedAnswer(SavingStudent student) throws Exception {
        return database.query(
                        "select a.text_value from answer a join student_work w on w.id = a.work_id"
                                + " join app_user u on u.id = w.student_id where u.username = ? and a.question_id = ?",
                        student.username(),
                        student.questionId())
                .getFirst();
    }
}
