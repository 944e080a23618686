package org.sourcework.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code POST /actuator/backup} on the management port: the whole H2 database as SQL ({@code SCRIPT
 * TO ... COMPRESSION ZIP}), taken in one repeatable-read transaction while students keep working, so
 * it holds every save committed before it began and none after; written to {@code <data dir>/backups/}.
 * Not H2's binary {@code BACKUP TO}: with H2 2.5.252 its copy of the file could miss the latest
 * commits (H2BackupRestoreTest). Only on H2: PostgreSQL has pg_dump. Restore: stop the server and run
 * {@code restore-h2-backup} (docs/operations.md). On another database {@link OnlyOnH2} hides it.
 */
@Component
@Endpoint(id = H2BackupEndpoint.ID)
class H2BackupEndpoint {

    static final String ID = "backup";

    private static final Logger log = LoggerFactory.getLogger(H2BackupEndpoint.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final JdbcTemplate jdbc;
    private final Path directory;
    private final Clock clock;

    H2BackupEndpoint(JdbcTemplate jdbc, @Value("${sourcework.data-dir}") String dataDir, Clock clock) {
        this.jdbc = jdbc;
        this.directory = Path.of(dataDir, "backups").toAbsolutePath();
        this.clock = clock;
    }

    @WriteOperation
    public Map<String, Object> backup() {
        try {
            Files.createDirectories(directory);
            var file = directory.resolve("sourcework-" + STAMP.format(clock.instant()) + ".zip");
            // the name is built here from the clock, never from the request
            var script = "SCRIPT TO '" + file.toString().replace("'", "''") + "' COMPRESSION ZIP";
            jdbc.execute((ConnectionCallback<Void>) connection -> snapshot(connection, script));
            var bytes = Files.size(file);
            log.info("Database backed up to {} ({} bytes)", file, bytes);
            return Map.of("file", file.toString(), "bytes", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("The backup could not be written to " + directory, e);
        }
    }

    /** Runs the script in a repeatable-read transaction: every table as of one moment. */
    private static Void snapshot(Connection connection, String script) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try (var statement = connection.createStatement()) {
            statement.execute(script);
            connection.commit();
        } finally {
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
        return null;
    }
}
