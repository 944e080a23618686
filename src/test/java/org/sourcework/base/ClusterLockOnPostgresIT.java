package org.sourcework.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sourcework.postgres.LocalPostgres;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The cluster lock on a real PostgreSQL server, against a second session that stands for another node: a
 * repeating job (grade return, roster refresh; decisions 18 and 19) skips its round while the other node
 * runs it, runs once the other node is done, and keeps the other node out while it runs itself.
 */
class ClusterLockOnPostgresIT {

    private static final String JOB = "grade-return";

    private final String url = LocalPostgres.shared().createDatabase("cluster_lock");
    private final ClusterLock lock = new ClusterLock(new DriverManagerDataSource(url, LocalPostgres.USER, ""));

    private static boolean query(Connection connection, String function, String name) throws SQLException {
        try (var statement = connection.prepareStatement("select " + function + "(?, ?)")) {
            statement.setInt(1, ClusterLock.NAMESPACE);
            statement.setInt(2, ClusterLock.key(name));
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    @Test
    void a_repeating_job_skips_its_round_while_another_node_runs_it_and_runs_once_that_node_is_done()
            throws SQLException {
        var rounds = new AtomicInteger();
        try (var otherNode = LocalPostgres.connectTo(url)) {
            assertThat(query(otherNode, "pg_try_advisory_lock", JOB)).isTrue();

            assertThat(lock.tryRunExclusively(JOB, rounds::incrementAndGet))
                    .as("skipped while the other node holds it")
                    .isFalse();
            assertThat(rounds).hasValue(0);
            assertThat(lock.tryRunExclusively("roster-refresh", rounds::incrementAndGet))
                    .as("another job is not held up")
                    .isTrue();
            assertThat(rounds).hasValue(1);

            assertThat(query(otherNode, "pg_advisory_unlock", JOB)).isTrue();
            assertThat(lock.tryRunExclusively(JOB, rounds::incrementAndGet)).isTrue();
            assertThat(rounds).hasValue(2);
        }
    }

    @Test
    void while_a_job_runs_here_another_node_cannot_take_it_and_can_once_it_is_done() throws SQLException {
        try (var otherNode = LocalPostgres.connectTo(url)) {
            var otherTookIt = new boolean[1];
            var ran = lock.tryRunExclusively(JOB, () -> {
                try {
                    otherTookIt[0] = query(otherNode, "pg_try_advisory_lock", JOB);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });

            assertThat(ran).isTrue();
            assertThat(otherTookIt[0])
                    .as("the other node, while the job ran here")
                    .isFalse();
            assertThat(query(otherNode, "pg_try_advisory_lock", JOB))
                    .as("the other node, once the job here was done")
                    .isTrue();
        }
    }
}
