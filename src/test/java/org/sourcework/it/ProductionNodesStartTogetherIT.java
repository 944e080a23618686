package org.sourcework.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An upgrade or a first installation: two production nodes ({@code java -jar}, profiles prod and
 * postgres) start at the same moment on an empty PostgreSQL database. The test holds Flyway's lock
 * and the first administrator's lock until both nodes wait for each, so the two start-ups overlap for
 * certain rather than when the timing happens to line up.
 */
@Tag(ProductionJar.TAG)
class ProductionNodesStartTogetherIT {

    private static final String ADMIN_PASSWORD = "a quiet river at dawn 1956";
    private static final String FIRST_ADMINISTRATOR = "first-administrator";

    @Test
    void two_production_nodes_started_together_on_an_empty_database_migrate_once_and_create_one_administrator()
            throws Exception {
        var database = ClusterDatabase.create("first-start");
        var env = Map.of("SOURCEWORK_ADMIN_PASSWORD", ADMIN_PASSWORD);
        try (var a = ClusterNode.productionJar("a", database.url(), "prod,postgres", env);
                var b = ClusterNode.productionJar("b", database.url(), "prod,postgres", env)) {
            try (var holder = database.connect()) {
                ClusterDatabase.flywayLock(holder, "pg_advisory_lock");
                ClusterDatabase.advisory(holder, "pg_advisory_lock", FIRST_ADMINISTRATOR);
                a.start();
                b.start();
                await().atMost(ForkedArgs.START_TIMEOUT)
                        .pollInterval(Duration.ofMillis(250))
                        .alias("both nodes connected, waiting for Flyway's lock")
                        .until(() -> database.nodesConnected() == 2);
                assertThat(database.query("select count(*) from pg_tables where tablename = 'app_user'"))
                        .as("no migration ran while Flyway's lock was held")
                        .containsExactly("0");
                ClusterDatabase.flywayLock(holder, "pg_advisory_unlock");
                await().atMost(ForkedArgs.START_TIMEOUT)
                        .pollInterval(Duration.ofMillis(250))
                        .alias("both nodes waiting for the first administrator's lock")
                        .until(() -> database.waitingFor(FIRST_ADMINISTRATOR) == 2);
                assertThat(database.query("select count(*) from app_user"))
                        .as("no administrator yet")
                        .containsExactly("0");
                ClusterDatabase.advisory(holder, "pg_advisory_unlock", FIRST_ADMINISTRATOR);
            }
            a.awaitStarted();
            b.awaitStarted();
            await().atMost(ForkedArgs.START_TIMEOUT).until(() -> a.readiness() == 200 && b.readiness() == 200);

            assertThat(database.query("select count(*) from flyway_schema_history where success group by version"
                            + " having count(*) > 1"))
                    .as("migrations applied twice")
                    .isEmpty();
            assertThat(database.query(
                            "select count(*) from flyway_schema_history where success" + " and version is not null"))
                    .containsExactly(String.valueOf(ClusterDatabase.migrationFiles()));
            assertThat(database.query("select username from app_user where role = 'ADMIN'"))
                    .containsExactly("admin");
            assertThat(database.query("select count(*) from app_user")).containsExactly("1");
            assertThat(created(a) + created(b))
                    .as("nodes that created the administrator")
                    .isEqualTo(1);
            var signIn = new FormSignIn("http://localhost:" + b.port());
            assertThat(signIn.attempt("admin", ADMIN_PASSWORD))
                    .as("where admin lands on node b")
                    .doesNotContain("/login");
            assertThat(managementLinks(a))
                    .as("the management endpoints on PostgreSQL: no H2 backup, decided at start, not at build time")
                    .contains("/actuator/health")
                    .doesNotContain("/actuator/backup");
        }
    }

    private static String managementLinks(ClusterNode node) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.managementPort() + "/actuator"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static int created(ClusterNode node) {
        return node.output().contains("Created the first administrator account") ? 1 : 0;
    }
}
