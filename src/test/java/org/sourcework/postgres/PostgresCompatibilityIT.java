package org.sourcework.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.sourcework.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Flyway migrations and the entity mappings also hold on PostgreSQL: the whole application
 * starts on a real PostgreSQL server, validates its schema, loads the lessons and seeds the demo
 * school through the same code paths as on H2.
 */
class PostgresCompatibilityIT {

    @Test
    void application_migrates_validates_and_seeds_on_postgresql() throws Exception {
        try (var postgres = LocalPostgres.start();
                var app = new SpringApplicationBuilder(Application.class).run(
                        "--spring.datasource.url=" + postgres.jdbcUrl(),
                        "--spring.datasource.username=sourcework",
                        "--spring.datasource.password=",
                        "--server.port=0",
                        "--sourcework.data-dir=" + Files.createTempDirectory("sourcework-unused"),
                        "--vaadin.devmode.devTools.enabled=false",
                        "--vaadin.devmode.usageStatistics.enabled=false")) {
            var jdbc = app.getBean(JdbcTemplate.class);

            assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).isEqualTo(11);
            assertThat(jdbc.queryForObject("select count(*) from assignment", Long.class)).isEqualTo(2);
            assertThat(jdbc.queryForObject("select slug from lesson", String.class)).isEqualTo("moscow-1956");
            assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        }
    }
}
