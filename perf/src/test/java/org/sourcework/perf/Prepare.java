package org.sourcework.perf;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyBytes;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.commons.csv.CSVFormat;

/**
 * Creates the run's students the way a school does: the administrator imports a roster CSV into the
 * class (dry run, confirm, download the temporary passwords), then each student signs in for the first
 * time and replaces the temporary password. Writes the students and their passwords to
 * {@link Settings#STUDENTS_FILE} for the next simulations.
 */
public class Prepare extends Simulation {

    private final ConcurrentLinkedQueue<Map<String, Object>> imported = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> ready = new ConcurrentLinkedQueue<>();

    private final ScenarioBuilder administrator = scenario("administrator imports the roster")
            .exec(session -> session.set("username", Settings.ADMIN).set("password", Settings.DEMO_PASSWORD))
            .exec(Vaadin.signIn())
            .exec(Vaadin.uidl("import page", (ui, session) -> ui.navigate("admin/import")))
            .exec(session -> session.set("roster", roster()).set("uploadTarget",
                    Vaadin.ui(session).byIdOr("roster-upload", "vaadin-upload", 0, null, null).flatMap(node -> Vaadin.ui(session).attribute(node, "target"))
                            .orElseThrow(() -> new IllegalStateException("no upload on the import page"))))
            .exec(http("upload roster").post("/#{uploadTarget}")
                    .bodyPart(ByteArrayBodyPart("file", session -> (byte[]) session.get("roster"))
                            .fileName("roster.csv").contentType("text/csv"))
                    .asMultipartForm()
                    .check(status().is(200)))
            // the dry run happened in the upload's handler; the next round trip brings its result
            .exec(Vaadin.uidl("import dry run", (ui, session) -> ui.rpc()))
            .exec(Vaadin.uidl("confirm import", (ui, session) -> ui.click(
                    ui.byIdOr("import-confirm", "vaadin-button", 0, "theme", "primary").orElseThrow())))
            .exec(session -> session.set("passwordsHref", Vaadin.ui(session).byId("passwords-download").or(() -> Vaadin.ui(session).byClass("passwords-download"))
                    .flatMap(node -> Vaadin.ui(session).attribute(node, "href"))
                    .orElseThrow(() -> new IllegalStateException("the import created no accounts: "
                            + session.getString("answer")))))
            .exec(http("download temporary passwords").get("/#{passwordsHref}").check(status().is(200))
                    .check(bodyBytes().saveAs("passwords")))
            .exec(session -> {
                readPasswords(session.get("passwords"));
                return session;
            });

    private final ScenarioBuilder students = scenario("students sign in for the first time")
            .feed(feeder())
            .exec(Vaadin.signIn())
            .exec(Vaadin.uidl("choose a new password", (ui, session) -> {
                var rpc = ui.type(ui.byIdOr("current-password", "vaadin-password-field", 0, null, null).orElseThrow(), session.getString("password"), "change");
                rpc.addAll(ui.type(ui.byIdOr("new-password", "vaadin-password-field", 1, null, null).orElseThrow(), Settings.STUDENT_PASSWORD, "change"));
                rpc.addAll(ui.type(ui.byIdOr("repeat-password", "vaadin-password-field", 2, null, null).orElseThrow(), Settings.STUDENT_PASSWORD, "change"));
                return rpc.addAll(ui.click(ui.byIdOr("change-password-save", "vaadin-button", 0, "theme", "primary").orElseThrow()));
            }))
            .exec(session -> {
                if (!session.getString("answer").contains(Settings.text("change-password.done"))) {
                    return session.markAsFailed();
                }
                ready.add(session.getString("username"));
                return session;
            })
            .exitHereIfFailed();

    {
        setUp(administrator.injectOpen(atOnceUsers(1))
                .andThen(students.injectOpen(rampUsers(Settings.STUDENTS).during(Duration.ofSeconds(
                        Math.max(1, Settings.STUDENTS / 4))))))
                .protocols(Vaadin.protocol())
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void after() {
        var lines = new StringBuilder("username,password\n");
        ready.stream().sorted().forEach(name -> lines.append(name).append(',').append(Settings.STUDENT_PASSWORD)
                .append('\n'));
        try {
            Files.createDirectories(Settings.STUDENTS_FILE.toAbsolutePath().getParent());
            Files.writeString(Settings.STUDENTS_FILE, lines);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        System.out.printf("PREPARED %d of %d students, written to %s%n", ready.size(), Settings.STUDENTS,
                Settings.STUDENTS_FILE.toAbsolutePath());
    }

    /** The roster file an administrator would upload: students of the class, unique per run. */
    private static byte[] roster() {
        var csv = new StringBuilder("username,display name,email,role,class,term\n");
        for (int i = 1; i <= Settings.STUDENTS; i++) {
            var name = "%s-%04d".formatted(Settings.PREFIX, i);
            csv.append("%s,Student %04d,%s@perf.invalid,student,%s,%s\n".formatted(name, i, name,
                    Settings.CLASS_NAME, Settings.TERM));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void readPasswords(byte[] csv) {
        // the file starts with a byte-order mark, for spreadsheets
        var text = new String(csv, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            for (var record : parser) {
                var row = new HashMap<String, Object>();
                row.put("username", record.get("username"));
                row.put("password", record.get("temporary password"));
                imported.add(row);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (imported.size() != Settings.STUDENTS) {
            throw new IllegalStateException("the import gave " + imported.size() + " temporary passwords, not "
                    + Settings.STUDENTS);
        }
    }

    /** Read only once the administrator is done: the students start after that. */
    private Iterator<Map<String, Object>> feeder() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !imported.isEmpty();
            }

            @Override
            public Map<String, Object> next() {
                return imported.remove();
            }
        };
    }
}
