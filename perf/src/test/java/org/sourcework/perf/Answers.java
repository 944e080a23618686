package org.sourcework.perf;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;

/**
 * The answers the students typed, and the check that each arrived: every save sends a text of its own;
 * the last one sent for each student and question must be the answer in the instructor's export.
 */
final class Answers {

    /** "username|question id" to the last text sent and acknowledged. */
    private static final Map<String, String> LAST = new ConcurrentHashMap<>();
    private static final AtomicInteger SENT = new AtomicInteger();
    private static final AtomicInteger CHECKED = new AtomicInteger();
    /** Any of these in a save's answer means the answer was not saved. */
    private static final List<String> NOT_SAVED = List.of("reader.status.retrying", "reader.status.conflict",
            "reader.status.rejected", "reader.status.signed-out").stream()
            .map(key -> Settings.text(key).substring(0, 20)).toList();

    private Answers() {
    }

    /** Types a new answer into the next text question of the page, round the page's questions. */
    static ChainBuilder save() {
        return exec(session -> {
            int saves = session.getInt("saves");
            List<String> questions = session.getList("questions");
            var question = questions.get(saves % questions.size());
            var text = "%s answers %s, draft %d".formatted(session.getString("username"), question, saves + 1);
            return session.set("saves", saves + 1).set("question", question).set("field", saves % questions.size())
                    .set("text", text);
        }).exec(Vaadin.uidl("save answer", (ui, session) -> ui.type(
                Reader.answerFields(ui).get(session.getInt("field")), session.getString("text"), "input"),
                (ui, session) -> NOT_SAVED.stream().filter(session.getString("answer")::contains).findFirst()
                        .map(text -> "not saved: " + text).orElse(null)))
                .exec(session -> {
                    if (!session.isFailed()) {
                        SENT.incrementAndGet();
                        LAST.put(session.getString("username") + "|" + session.getString("question"),
                                session.getString("text"));
                    }
                    return session;
                });
    }

    /** The instructor downloads the class's export; any answer missing or different fails the request. */
    static ScenarioBuilder exportCheck() {
        return scenario("export holds every answer")
                .exec(session -> session.set("username", Settings.INSTRUCTOR).set("password", Settings.DEMO_PASSWORD))
                .exec(Vaadin.signIn())
                .exec(Vaadin.uidl("export: analytics",
                        (ui, session) -> ui.navigate("review/" + Reader.ASSIGNMENT.get() + "/analytics"),
                        (ui, session) -> ui.byId("export-csv").flatMap(node -> ui.attribute(node, "href")).isPresent()
                                ? null : "no export link"))
                .exec(session -> session.set("export", Vaadin.ui(session).byId("export-csv")
                        .flatMap(node -> Vaadin.ui(session).attribute(node, "href")).orElseThrow()))
                .exec(http("export").get("/#{export}").check(status().is(200))
                        .check(bodyString().transform(Answers::missing).is("nothing missing")));
    }

    private static String missing(String csv) {
        var exported = new ConcurrentHashMap<String, String>();
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.replaceFirst("^\uFEFF", "")))) {
            for (var record : parser) {
                exported.put(record.get("username") + "|" + record.get("question id"), record.get("answer"));
            }
        } catch (IOException e) {
            return "unreadable export: " + e;
        }
        long wrong = 0;
        String example = null;
        for (var entry : LAST.entrySet()) {
            if (!entry.getValue().equals(exported.get(entry.getKey()))) {
                wrong++;
                example = entry.getKey() + " sent '" + entry.getValue() + "', export has '" + exported.get(entry.getKey())
                        + "'";
            }
        }
        CHECKED.set(LAST.size() - (int) wrong);
        return wrong == 0 ? "nothing missing" : wrong + " of " + LAST.size() + " answers missing, e.g. " + example;
    }

    static void print() {
        System.out.printf("FIGURE answers | %d saves acknowledged; the export holds the last of each of %d of %d"
                + " student-question pairs%n", SENT.get(), CHECKED.get(), LAST.size());
    }
}
