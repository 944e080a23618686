package org.sourcework.perf;

import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * {@code students} students sign in and open the reader, then leave their tabs open: the sessions stay
 * on the server (until their timeout) for perf/heap-per-session to weigh. Run it twice for 2N sessions.
 */
public class Readers extends Simulation {

    {
        setUp(scenario("readers").feed(Students.feeder(Settings.STUDENTS)).exec(Reader.arrive())
                .injectOpen(rampUsers(Settings.STUDENTS).during(Duration.ofSeconds(Settings.ARRIVAL))))
                .protocols(Vaadin.protocol())
                .maxDuration(Duration.ofSeconds(Settings.ARRIVAL + 300L))
                .assertions(global().failedRequests().count().is(0L));
    }
}
