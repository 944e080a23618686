package org.sourcework.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sourcework.base.ClusterLock;
import org.sourcework.postgres.LocalPostgres;

/**
 * The PostgreSQL database that the nodes of a multi-node test share, seen from the test: plain
 * queries, and the advisory locks that Flyway and {@link ClusterLock} take, so a test can hold them
 * while nodes start and make the nodes' start-up jobs overlap for certain.
 */
public final class ClusterDatabase {

    private final String url;

    public ClusterDatabase(String url) {
        this.url = url;
    }

    /** A fresh database on the shared test server. */
    public static ClusterDatabase create(String name) throws Exception {
        return new ClusterDatabase(LocalPostgres.shared().createDatabase(name));
    }

    public String url() {
        return url;
    }

    public Connection connect() throws SQLException {
        return LocalPostgres.connectTo(url);
    }

    /** The first column of every row, as strings. */
    public List<String> query(String sql, Object... parameters) throws SQLException {
        try (var connection = connect();
                var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                var values = new ArrayList<String>();
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
                return values;
            }
        }
    }

    /** How many of the nodes' connections are open (each node names its own in pg_stat_activity). */
    public long nodesConnected() throws SQLException {
        return Long.parseLong(query("select count(distinct application_name) from pg_stat_activity"
                        + " where application_name like 'sourcework-%'")
                .getFirst());
    }

    /** How many sessions wait for one of Sourcework's advisory locks. */
    public long waitingFor(String lock) throws SQLException {
        return Long.parseLong(query(
                        "select count(*) from pg_locks where locktype = 'advisory' and not granted"
                                + " and classid::bigint = ? and objid::bigint = ? and objsubid = 2",
                        (long) ClusterLock.NAMESPACE,
                        Integer.toUnsignedLong(ClusterLock.key(lock)))
                .getFirst());
    }

    /** Takes ({@code pg_advisory_lock}) or frees ({@code pg_advisory_unlock}) one of Sourcework's locks. */
    public static void advisory(Connection connection, String function, String lock) throws SQLException {
        try (var statement = connection.prepareStatement("select " + function + "(?, ?)")) {
            statement.setInt(1, ClusterLock.NAMESPACE);
            statement.setInt(2, ClusterLock.key(lock));
            statement.execute();
        }
    }

    /**
     * Flyway's own lock on PostgreSQL: a fixed number plus the hash of the quoted history table's name
     * (Flyway 11's PostgreSQLAdvisoryLockTemplate). If Flyway changes it, a test's assertion that no
     * migration ran while it was held fails, rather than the test passing without the overlap.
     */
    public static void flywayLock(Connection connection, String function) throws SQLException {
        try (var statement = connection.prepareStatement("select " + function + "(?)")) {
            statement.setLong(1, 77431708279161L + "\"public\".\"flyway_schema_history\"".hashCode());
            statement.execute();
        }
    }

    /** How many versioned migrations the application ships. */
    public static long migrationFiles() throws Exception {
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.filter(file -> file.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .count();
        }
    }
}
