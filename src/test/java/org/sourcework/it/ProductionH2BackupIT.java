package org.sourcework.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The H2 backup drill of docs/operations.md (section 6) on what a school runs: the production jar
 * with the {@code prod} profile, backed up online through the management port, restored with
 * {@code java -jar ... restore-h2-backup} while the server is stopped, and started again.
 */
@Tag(ProductionJar.TAG)
class ProductionH2BackupIT {

    private static final String ADMIN_PASSWORD = "a quiet river at dawn 1956";
    private static final String CHANGED_NAME = "Changed after the backup";
    private static final String ADMIN_NAME = "select display_name from app_user where username = 'admin'";
    private static final String LESSON_VERSIONS = "select count(*) from lesson_version";

    @TempDir
    Path dataDir;

    @Test
    void a_backup_restored_into_a_stopped_production_server_brings_back_its_data_and_leaves_h2_without_errors()
            throws Exception {
        var jar = ProductionJar.path();
        int port = freePort();
        int managementPort = freePort();
        Path backup;
        try (var server = startServer(jar, port, managementPort)) {
            backup = backUp(managementPort);

            var refused = restore(jar, backup);
            assertThat(refused.awaitExit(ForkedArgs.START_TIMEOUT))
                    .as(refused.output())
                    .isEqualTo(3);
            assertThat(refused.output()).contains("Stop the server first");
            assertThat(server.isAlive()).isTrue();
            server.stop(Duration.ofMinutes(1));
        }
        var versionsAtBackup = H2Files.column(dataDir, LESSON_VERSIONS);
        assertThat(versionsAtBackup).as("lesson versions loaded").doesNotContain("0");
        assertThat(H2Files.update(
                        dataDir, "update app_user set display_name = ? where username = 'admin'", CHANGED_NAME))
                .isOne();

        var restore = restore(jar, backup);
        assertThat(restore.awaitExit(ForkedArgs.START_TIMEOUT))
                .as(restore.output())
                .isZero();

        assertThat(dataDir.resolve("sourcework.trace.db"))
                .as("H2's error log after the restore")
                .doesNotExist();
        try (var server = startServer(jar, port, managementPort)) {
            assertThat(new FormSignIn("http://localhost:" + port).attempt("admin", ADMIN_PASSWORD))
                    .as("where admin lands after the restore")
                    .doesNotContain("/login");
            server.stop(Duration.ofMinutes(1));
        }
        assertThat(H2Files.column(dataDir, ADMIN_NAME)).containsExactly("Administrator");
        assertThat(H2Files.column(dataDir, LESSON_VERSIONS)).isEqualTo(versionsAtBackup);
        assertThat(dataDir.resolve("sourcework.trace.db"))
                .as("H2's error log after the restart")
                .doesNotExist();
    }

    private ForkedJvm startServer(Path jar, int port, int managementPort) throws Exception {
        var server = ForkedJvm.startJar(
                jar,
                List.of(
                        "--server.port=" + port,
                        "--management.server.port=" + managementPort,
                        "--sourcework.lessons-dir=lessons"),
                Map.of(
                        "SPRING_PROFILES_ACTIVE",
                        "prod",
                        "SOURCEWORK_DATA_DIR",
                        dataDir.toString(),
                        "SOURCEWORK_ADMIN_PASSWORD",
                        ADMIN_PASSWORD),
                ForkedArgs.ENV_TO_CLEAR);
        server.awaitLine(line -> line.contains("Started Application"), ForkedArgs.START_TIMEOUT);
        return server;
    }

    /** The guide's {@code curl -X POST http://127.0.0.1:8081/actuator/backup}; returns the zip it wrote. */
    private static Path backUp(int managementPort) throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/backup"))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Path.of(JsonMapper.builder()
                .build()
                .readTree(response.body())
                .get("file")
                .asString());
    }

    private ForkedJvm restore(Path jar, Path backup) throws IOException {
        return ForkedJvm.startJar(
                jar,
                List.of("restore-h2-backup", backup.toString()),
                Map.of("SOURCEWORK_DATA_DIR", dataDir.toString()),
                ForkedArgs.ENV_TO_CLEAR);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
