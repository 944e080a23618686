package org.sourcework.perf;

import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * {@code students} students sign in and open the reader, then leave their tabs open: the sessions stay
 * on the server (until their timeout) for perf/heap-per-session to weigh. Run it twice for 2N sessions.
 * As a browser does, the sign-in page's beacon closes its UI when the student leaves it, and the idle
 * reader makes its first check of what is stored after 10 s: without them each session would also
 * hold the sign-in page's UI and the reader's whole first response, which Vaadin keeps until the next
 * message in case the browser asks for it again.
 */
public class Readers extends Simulation {

    {
        setUp(scenario("readers").feed(Students.feeder(Settings.STUDENTS)).exec(Reader.arrive())
                        // the reader's first look at what is stored, 10 s after opening, as an idle tab does
                        .pause(Duration.ofSeconds(10))
                        .exec(Vaadin.uidl("reader: look at what is stored",
                                (ui, session) -> ui.call(ui.byClass("reader").orElseThrow(), "checkStored")))
                .injectOpen(rampUsers(Settings.STUDENTS).during(Duration.ofSeconds(Settings.ARRIVAL))))
                .protocols(Vaadin.protocol())
                .maxDuration(Duration.ofSeconds(Settings.ARRIVAL + 300L))
                .assertions(global().failedRequests().count().is(0L));
    }
}
