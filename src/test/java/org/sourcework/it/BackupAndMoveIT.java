package org.sourcework.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sourcework.Application;
import org.sourcework.postgres.LocalPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operator's data commands on the demo school with its sample class, as docs/operations.md gives
 * them: an online H2 backup through the management port and its restore; the move of the whole H2
 * database to PostgreSQL; and a pg_dump / pg_restore drill on the moved database. One school, built
 * once, goes through all of them in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupAndMoveIT {

    private static final String ORIGINAL_NAME = "Amira Haddad";
    private static final String CHANGED_NAME = "Changed after the backup";
    private static final String NAME_OF_AMIRA = "select display_name from app_user where username = 'amira'";
    private static final List<String> MUST_ARRIVE = List.of(
            "app_user",
            "school_class",
            "enrolment",
            "lesson",
            "lesson_version",
            "assignment",
            "student_work",
            "answer",
            "answer_revision",
            "feedback",
            "audit_event");

    private static Path dataDir;
    private static Path backup;
    private static String postgresUrl;

    @BeforeAll
    static void demoSchoolWithItsSampleClassOnH2() throws Exception {
        dataDir = Files.createTempDirectory("sourcework-backup");
        try (var app = new SpringApplicationBuilder(Application.class)
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--sourcework.data-dir=" + dataDir,
                        "--sourcework.lessons-dir=lessons",
                        "--sourcework.demo.sample-work=true",
                        "--vaadin.launch-browser=false",
                        "--vaadin.devmode.devTools.enabled=false",
                        "--vaadin.devmode.usageStatistics.enabled=false")) {
            var managementPort = app.getEnvironment().getProperty("local.management.port");
            var response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(
                                            URI.create("http://127.0.0.1:" + managementPort + "/actuator/backup"))
                                    .POST(HttpRequest.BodyPublishers.noBody())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            backup = Path.of(JsonMapper.builder()
                    .build()
                    .readTree(response.body())
                    .get("file")
                    .asString());
            app.getBean(JdbcTemplate.class)
                    .update("update app_user set display_name = ? where username = 'amira'", CHANGED_NAME);
        }
    }

    @Test
    @Order(1)
    void an_online_h2_backup_restored_with_the_server_stopped_brings_back_the_data_of_its_moment() throws Exception {
        assertThat(backup).exists().hasParent(dataDir.resolve("backups").toAbsolutePath());
        assertThat(H2Files.column(dataDir, NAME_OF_AMIRA)).containsExactly(CHANGED_NAME);

        var restore =
                command(Map.of("SOURCEWORK_DATA_DIR", dataDir.toString()), "restore-h2-backup", backup.toString());
        assertThat(restore.awaitExit(ForkedArgs.START_TIMEOUT))
                .as(restore.output())
                .isZero();

        assertThat(H2Files.column(dataDir, NAME_OF_AMIRA)).containsExactly(ORIGINAL_NAME);
    }

    @Test
    @Order(2)
    void the_restore_command_refuses_while_a_server_has_the_database_open() throws Exception {
        try (var open = H2Files.open(dataDir)) {
            var restore =
                    command(Map.of("SOURCEWORK_DATA_DIR", dataDir.toString()), "restore-h2-backup", backup.toString());
            assertThat(restore.awaitExit(ForkedArgs.START_TIMEOUT)).isEqualTo(3);
            assertThat(restore.output()).contains("Stop the server first");
        }
    }

    @Test
    @Order(3)
    void one_command_moves_every_row_of_the_school_to_postgresql() throws Exception {
        postgresUrl = LocalPostgres.shared().createDatabase("moved");
        var move = command(
                Map.of(
                        "SOURCEWORK_DATA_DIR",
                        dataDir.toString(),
                        "SPRING_DATASOURCE_URL",
                        postgresUrl,
                        "SPRING_DATASOURCE_USERNAME",
                        LocalPostgres.USER,
                        "SPRING_DATASOURCE_PASSWORD",
                        ""),
                "move-to-postgres");
        assertThat(move.awaitExit(ForkedArgs.START_TIMEOUT)).as(move.output()).isZero();
        assertThat(move.output()).contains("every table's row count matches");

        try (var h2 = H2Files.open(dataDir);
                var postgres = LocalPostgres.connectTo(postgresUrl)) {
            for (var table : MUST_ARRIVE) {
                var rows = rows(h2, "select * from " + table + " order by 1, 2");
                assertThat(rows).as("rows of " + table + " in H2").isNotEmpty();
                assertThat(rows(postgres, "select * from " + table + " order by 1, 2"))
                        .as(table)
                        .isEqualTo(rows);
            }
            assertThat(rows(
                            postgres,
                            "select count(*) from answer a join student_work w on w.id = a.work_id"
                                    + " join assignment s on s.id = w.assignment_id join school_class c on c.id = s.class_id"
                                    + " where c.name = 'History 12C'"))
                    .as("the sample class's answers")
                    .isEqualTo(rows(
                            h2,
                            "select count(*) from answer a join student_work w on w.id = a.work_id"
                                    + " join assignment s on s.id = w.assignment_id join school_class c on c.id = s.class_id"
                                    + " where c.name = 'History 12C'"));
            var nextInH2 = rows(
                    h2, "select base_value from information_schema.sequences" + " where sequence_name = 'answer_seq'");
            assertThat(rows(postgres, "select nextval('answer_seq')"))
                    .as("where new answer ids continue")
                    .isEqualTo(nextInH2);
        }
    }

    @Test
    @Order(4)
    void a_pg_dump_restored_with_pg_restore_brings_back_the_data_of_its_moment() throws Exception {
        var postgres = LocalPostgres.shared();
        var database = postgresUrl.substring(postgresUrl.lastIndexOf('/') + 1);
        var dump = Files.createTempDirectory("sourcework-dump").resolve("sourcework.dump");
        run(
                postgres.tool("pg_dump").toString(),
                "-h",
                "127.0.0.1",
                "-p",
                String.valueOf(postgres.port()),
                "-U",
                LocalPostgres.USER,
                "-Fc",
                "-f",
                dump.toString(),
                database);
        try (var connection = LocalPostgres.connectTo(postgresUrl);
                var statement = connection.createStatement()) {
            statement.executeUpdate(
                    "update app_user set display_name = '" + CHANGED_NAME + "' where username = 'amira'");
            statement.executeUpdate("delete from comment_bank");
        }

        run(
                postgres.tool("pg_restore").toString(),
                "-h",
                "127.0.0.1",
                "-p",
                String.valueOf(postgres.port()),
                "-U",
                LocalPostgres.USER,
                "--clean",
                "--if-exists",
                "--single-transaction",
                "-d",
                database,
                dump.toString());

        try (var connection = LocalPostgres.connectTo(postgresUrl)) {
            assertThat(rows(connection, NAME_OF_AMIRA)).containsExactly(List.of(ORIGINAL_NAME));
            try (var h2 = H2Files.open(dataDir)) {
                assertThat(rows(connection, "select * from answer order by 1"))
                        .isEqualTo(rows(h2, "select * from answer order by 1"));
            }
        }
    }

    private static ForkedJvm command(Map<String, String> env, String... args) throws Exception {
        return ForkedJvm.start(Application.class, List.of(args), env, ForkedArgs.ENV_TO_CLEAR);
    }

    private static void run(String... command) throws Exception {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue())
                .as(String.join(" ", command) + "\n" + output)
                .isZero();
    }

    /** Every row as a list of values in a form both databases agree on (instants, plain numbers). */
    private static List<List<Object>> rows(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement();
                var result = statement.executeQuery(sql)) {
            var rows = new ArrayList<List<Object>>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                var row = new ArrayList<Object>();
                for (int i = 1; i <= columns; i++) {
                    row.add(comparable(result.getObject(i)));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private static Object comparable(Object value) {
        return switch (value) {
            case null -> "null";
            case OffsetDateTime time -> time.toInstant().truncatedTo(ChronoUnit.MICROS);
            case Timestamp time -> time.toInstant().truncatedTo(ChronoUnit.MICROS);
            case BigDecimal number -> number.stripTrailingZeros().toPlainString();
            case Number number -> number.longValue();
            default -> value.toString();
        };
    }
}
