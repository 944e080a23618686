package org.sourcework.perf;

import static io.gatling.javaapi.core.CoreDsl.exec;

import io.gatling.javaapi.core.ChainBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Durations of whole steps as a person feels them (a sign-in is seven requests), kept per run and
 * printed as "FIGURE" lines that perf/run-all collects. Only steps whose requests all succeeded count.
 */
final class Figures {

    private static final Map<String, ConcurrentLinkedQueue<Long>> TIMES = new ConcurrentHashMap<>();

    private Figures() {
    }

    static ChainBuilder timed(String step, ChainBuilder chain) {
        return exec(session -> session.set("started " + step, System.nanoTime())).exec(chain).exec(session -> {
            if (!session.isFailed()) {
                TIMES.computeIfAbsent(step, k -> new ConcurrentLinkedQueue<>())
                        .add((System.nanoTime() - session.getLong("started " + step)) / 1_000_000);
            }
            return session;
        });
    }

    static void print(String run) {
        TIMES.forEach((step, queue) -> {
            List<Long> times = new ArrayList<>(queue);
            times.sort(null);
            System.out.printf("FIGURE %s | %s | n=%d | p50 %d ms | p95 %d ms | p99 %d ms | max %d ms%n", run, step,
                    times.size(), at(times, 50), at(times, 95), at(times, 99), times.getLast());
        });
    }

    private static long at(List<Long> sorted, double percentile) {
        int index = (int) Math.ceil(percentile / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
