package org.sourcework.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The backup endpoint and the restore command on a database file as a production server left it (the
 * schema, the first administrator and a lesson; {@code left-by-a-server.mv.db}, from the production jar
 * with H2 2.5.252). Written to right after it was opened again, such a file was backed up by H2's
 * binary {@code BACKUP TO} without that write: the restore brought back the data of before.
 */
class H2BackupRestoreTest {

    private static final String OPTIONS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" + ";WRITE_DELAY=0";

    @TempDir
    Path dataDir;

    @Test
    void a_backup_taken_right_after_a_write_brings_that_write_back_when_restored() throws Exception {
        var url = "jdbc:h2:file:" + dataDir.resolve("sourcework") + OPTIONS;
        try (var file = getClass().getResourceAsStream("left-by-a-server.mv.db")) {
            Files.copy(file, dataDir.resolve("sourcework.mv.db"));
        }
        Object backup;
        // as in a server, the save and the backup come through different connections of the pool
        try (var saving = DriverManager.getConnection(url, "sa", "")) {
            saving.createStatement().executeUpdate("update app_user set display_name = 'saved just before the backup'");
            var jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
            backup = new H2BackupEndpoint(jdbc, dataDir.toString(), Clock.systemUTC())
                    .backup()
                    .get("file");
            saving.createStatement().executeUpdate("update app_user set display_name = 'changed after the backup'");
        }

        var output = new ByteArrayOutputStream();
        int exitCode = RestoreH2Backup.run(
                new String[] {RestoreH2Backup.COMMAND, backup.toString()},
                Map.of("SOURCEWORK_DATA_DIR", dataDir.toString()),
                new PrintStream(output, true));

        assertThat(exitCode).as(output.toString()).isZero();
        try (var connection = DriverManager.getConnection(url + ";IFEXISTS=TRUE", "sa", "");
                var rows = connection.createStatement().executeQuery("select display_name from app_user")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("saved just before the backup");
        }
    }
}
