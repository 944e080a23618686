package org.sourcework.base;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Runs work that must not run on two nodes at once, such as the start-up jobs that create what is
 * missing (the lessons' versions, the demo school, the first administrator): two nodes starting
 * together would both find it missing and both create it. See
 * docs/decisions/0010-several-nodes-on-postgresql.md.
 * <p>
 * On PostgreSQL this is a session-level advisory lock, held on a connection of its own for as long
 * as the work runs, so the work's own transactions commit before the next node goes in; if the
 * node dies, PostgreSQL ends the session and frees the lock. H2 files are opened by one JVM only,
 * so there a lock inside the JVM is enough. The work needs a second connection from the pool.
 */
@Component
public class ClusterLock {

    /** The first key of every advisory lock Sourcework takes; the second is the lock's name. */
    public static final int NAMESPACE = 0x53574b;

    private final DataSource dataSource;
    private final Map<String, ReentrantLock> inThisJvm = new ConcurrentHashMap<>();

    ClusterLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The advisory lock key that {@code name} uses on PostgreSQL, next to {@link #NAMESPACE}. */
    public static int key(String name) {
        return name.hashCode();
    }

    /** Runs {@code work} once no other thread or node is running work under the same name. */
    public <T> T exclusively(String name, Supplier<T> work) {
        var local = inThisJvm.computeIfAbsent(name, n -> new ReentrantLock());
        local.lock();
        try (var connection = dataSource.getConnection()) {
            if (!isPostgres(connection)) {
                return work.get();
            }
            advisory(connection, "pg_advisory_lock", name);
            try {
                return work.get();
            } finally {
                advisory(connection, "pg_advisory_unlock", name);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Could not take the database lock '" + name + "'", e);
        } finally {
            local.unlock();
        }
    }

    /** As {@link #exclusively(String, Supplier)}, for work without a result. */
    public void runExclusively(String name, Runnable work) {
        exclusively(name, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs {@code work} only if no other thread or node runs work under the same name right now, for a
     * repeating job whose next round will do what this one skips; returns whether it ran.
     */
    public boolean tryRunExclusively(String name, Runnable work) {
        var local = inThisJvm.computeIfAbsent(name, n -> new ReentrantLock());
        if (!local.tryLock()) {
            return false;
        }
        try (var connection = dataSource.getConnection()) {
            if (!isPostgres(connection)) {
                work.run();
                return true;
            }
            if (!tryAdvisory(connection, name)) {
                return false;
            }
            try {
                work.run();
                return true;
            } finally {
                advisory(connection, "pg_advisory_unlock", name);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Could not take the database lock '" + name + "'", e);
        } finally {
            local.unlock();
        }
    }

    private static boolean tryAdvisory(Connection connection, String name) throws SQLException {
        try (var statement = connection.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
            statement.setInt(1, NAMESPACE);
            statement.setInt(2, key(name));
            try (var result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }

    private static void advisory(Connection connection, String function, String name) throws SQLException {
        try (var statement = connection.prepareStatement("select " + function + "(?, ?)")) {
            statement.setInt(1, NAMESPACE);
            statement.setInt(2, key(name));
            statement.execute();
        }
    }
}
