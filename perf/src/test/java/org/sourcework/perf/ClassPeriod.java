package org.sourcework.perf;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * A lesson period: {@code students} students arrive over {@code arrival} seconds and each saves an
 * answer every 10 to 15 seconds for {@code minutes} minutes, while {@code instructors} instructors of the
 * class move between its overview and its answers by question. Then the instructor's export must hold
 * every answer the students saved last ({@link Answers}).
 */
public class ClassPeriod extends Simulation {

    private final Duration period = Duration.ofMinutes(Settings.MINUTES);

    private final ScenarioBuilder students = scenario("students write")
            .feed(Students.feeder(Settings.STUDENTS))
            .exec(Reader.arrive())
            .exitHereIfFailed()
            .exec(session -> session.set("saves", 0))
            .during(period).on(exec(session -> session)
                    .pause(Duration.ofSeconds(10), Duration.ofSeconds(15))
                    .exec(Figures.timed("save", Answers.save()))
                    .exec(Vaadin.heartbeatIfDue()));

    private final ScenarioBuilder instructors = scenario("instructors review")
            .exec(session -> session.set("username", Settings.INSTRUCTOR).set("password", Settings.DEMO_PASSWORD))
            // reviewing starts once a student has opened the lesson, which says which assignment it is
            .asLongAs(session -> Reader.ASSIGNMENT.get() == null).on(exec(session -> session).pause(1))
            .exec(Figures.timed("instructor sign-in", Vaadin.signIn()))
            .during(period).on(exec(Figures.timed("class overview", Vaadin.uidl("class overview",
                            (ui, session) -> ui.navigate("review/" + Reader.ASSIGNMENT.get()),
                            (ui, session) -> ui.byId("overview-grid").isPresent() ? null : "no overview")))
                    .pause(Duration.ofSeconds(20), Duration.ofSeconds(30))
                    .exec(Vaadin.heartbeatIfDue())
                    .exec(Figures.timed("answers by question", Vaadin.uidl("answers by question",
                            (ui, session) -> ui.navigate("review/" + Reader.ASSIGNMENT.get() + "/question"),
                            (ui, session) -> ui.byId("answers-heading").isPresent() ? null : "no answers")))
                    .pause(Duration.ofSeconds(20), Duration.ofSeconds(30))
                    .exec(Vaadin.heartbeatIfDue()));

    {
        setUp(students.injectOpen(rampUsers(Settings.STUDENTS).during(Duration.ofSeconds(Settings.ARRIVAL)))
                        .andThen(Answers.exportCheck().injectOpen(atOnceUsers(1))),
                instructors.injectOpen(rampUsers(Settings.INSTRUCTORS).during(Duration.ofSeconds(30))))
                .protocols(Vaadin.protocol())
                .maxDuration(period.plusSeconds(Settings.ARRIVAL + 300L))
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void after() {
        Figures.print(getClass().getSimpleName() + " " + Settings.STUDENTS + " students, " + Settings.MINUTES
                + " min, " + Settings.INSTRUCTORS + " instructors");
        Answers.print();
    }
}
