package org.sourcework.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code POST /actuator/backup} on the management port: H2's online {@code BACKUP TO}, a consistent
 * zip of the database taken while students keep working, written to {@code <data dir>/backups/}.
 * The H2 file is open in the server, so nothing outside it can copy it safely; this is the way in.
 * Only on H2: PostgreSQL has pg_dump. Restore: stop the server and unzip the file into the data
 * directory (docs/operations.md).
 */
@Component
@Endpoint(id = "backup")
@ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:h2:file:')")
class H2BackupEndpoint {

    private static final Logger log = LoggerFactory.getLogger(H2BackupEndpoint.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

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
            jdbc.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
            var bytes = Files.size(file);
            log.info("Database backed up to {} ({} bytes)", file, bytes);
            return Map.of("file", file.toString(), "bytes", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("The backup could not be written to " + directory, e);
        }
    }
}
