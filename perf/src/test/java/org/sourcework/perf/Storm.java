package org.sourcework.perf;

import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/** The bell: {@code students} students sign in and open the lesson within {@code arrival} seconds. */
public class Storm extends Simulation {

    {
        var storm = scenario("storm").feed(Students.feeder(Settings.STUDENTS)).exec(Reader.arrive());
        setUp(storm.injectOpen(rampUsers(Settings.STUDENTS).during(Duration.ofSeconds(Settings.ARRIVAL))))
                .protocols(Vaadin.protocol())
                // bounded: a saturated server fails the run rather than keeping it going
                .maxDuration(Duration.ofSeconds(Settings.ARRIVAL + 300L))
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void after() {
        Figures.print("storm " + Settings.STUDENTS + " in " + Settings.ARRIVAL + " s");
        // perf/run-all opens this assignment's reader for the first-load figures
        System.out.println("ASSIGNMENT " + Reader.ASSIGNMENT.get());
    }
}
