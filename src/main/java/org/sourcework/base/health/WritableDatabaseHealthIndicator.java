package org.sourcework.base.health;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Readiness means the database accepts a write that passes a CHECK constraint, not only that it answers
 * {@code select 1}: the H2 fault of docs/decisions/0007 left reads working while every write failed. The
 * probe inserts a row into {@code health_probe} and rolls it back, so it leaves nothing behind.
 *
 * <p>A change between working and failing is logged once, so an operator finds one clear line instead of
 * a stack trace per student. Each node checks its own connection pool, so the scheduled check runs on
 * every node on purpose.
 */
@Component
class WritableDatabaseHealthIndicator implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(WritableDatabaseHealthIndicator.class);
    private static final String PROBE = "insert into health_probe (state) values ('WRITABLE')";

    private final DataSource dataSource;
    private final AtomicReference<Boolean> writable = new AtomicReference<>(true);

    WritableDatabaseHealthIndicator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Health health() {
        try {
            probe();
            if (writable.compareAndSet(false, true)) {
                log.info("The database accepts writes again; saving works.");
            }
            return Health.up().build();
        } catch (SQLException | RuntimeException e) {
            if (writable.compareAndSet(true, false)) {
                log.error(
                        "The database refuses writes, so no answer, grade or sign-in can be saved until this is "
                                + "fixed: {}. Readiness now reports DOWN.",
                        rootMessage(e),
                        e);
            }
            return Health.down().withDetail("error", rootMessage(e)).build();
        }
    }

    /** Checks even when nobody asks for readiness, so the log says when writes stopped working. */
    @Scheduled(
            fixedDelayString = "${sourcework.database-check-interval:30s}",
            initialDelayString = "${sourcework.database-check-interval:30s}")
    void checkRegularly() {
        health();
    }

    private void probe() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement(PROBE)) {
                insert.executeUpdate();
            } finally {
                connection.rollback();
            }
        }
    }

    private static String rootMessage(Throwable failure) {
        var root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        var message = root.getMessage();
        return message == null
                ? root.getClass().getSimpleName()
                : message.lines().findFirst().orElse(message);
    }
}
