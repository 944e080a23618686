package org.sourcework.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sourcework.Application;
import org.sourcework.analytics.AnalyticsService;
import org.sourcework.analytics.ReviewExportService;
import org.sourcework.analytics.SkillShare;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.review.ClassOverviewService;
import org.sourcework.review.OverviewFilter;
import org.sourcework.roster.RosterQueries;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The Flyway migrations, the entity mappings and the review features' reporting SQL also hold on
 * PostgreSQL: the whole application starts on a real PostgreSQL server, validates its schema,
 * loads the lessons and seeds the demo school (with the sample class's work and feedback) through
 * the same code paths as on H2; then the class overview's filters, the analytics and the export
 * run over the sample class. It runs with the {@code postgres} profile an operator uses, and its pool.
 */
class PostgresCompatibilityIT {

    @Test
    void application_migrates_validates_seeds_and_reports_on_postgresql() throws Exception {
        var url = LocalPostgres.shared().createDatabase("compatibility");
        try (var app = new SpringApplicationBuilder(Application.class)
                .profiles("postgres")
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + LocalPostgres.USER,
                        "--spring.datasource.password=",
                        "--server.port=0",
                        "--management.server.port=0",
                        "--sourcework.data-dir=" + Files.createTempDirectory("sourcework-unused"),
                        "--vaadin.devmode.devTools.enabled=false",
                        "--vaadin.devmode.usageStatistics.enabled=false")) {
            var jdbc = app.getBean(JdbcTemplate.class);

            assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
            assertThat(app.getBean(HikariDataSource.class).getMaximumPoolSize())
                    .as("the postgres profile's pool")
                    .isEqualTo(10);
            assertThat(jdbc.queryForObject(
                            "select count(*) from pg_stat_activity where application_name = ?",
                            Long.class,
                            "sourcework"))
                    .as("connections named for pg_stat_activity")
                    .isPositive();
            assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class))
                    .isEqualTo(23);
            assertThat(jdbc.queryForObject("select count(*) from assignment", Long.class))
                    .isEqualTo(3);
            assertThat(jdbc.queryForObject("select count(*) from assignment where path = 'CORE'", Long.class))
                    .as("History 11B is given the core path")
                    .isEqualTo(1);
            assertThat(jdbc.queryForObject("select slug from lesson", String.class))
                    .isEqualTo("moscow-1956");
            assertThat(jdbc.queryForObject("select count(*) from feedback", Long.class))
                    .isPositive();
            asHughes(app, () -> reportsOnTheSampleClass(app));
        }
    }

    private static void reportsOnTheSampleClass(ConfigurableApplicationContext app) {
        var roster = app.getBean(RosterQueries.class);
        var sample = roster.classesITeach().stream()
                .filter(c -> c.name().equals("History 12C"))
                .findFirst()
                .orElseThrow();
        var assignment = roster.lessonsOf(sample.id()).getFirst();
        var overview = app.getBean(ClassOverviewService.class);
        for (var filter : OverviewFilter.values()) {
            assertThat(overview.page(assignment.assignmentId(), filter, 0, 50))
                    .hasSize(overview.count(assignment.assignmentId(), filter));
        }
        assertThat(overview.count(assignment.assignmentId(), OverviewFilter.ALL))
                .isEqualTo(12);
        assertThat(overview.count(assignment.assignmentId(), OverviewFilter.REVISING))
                .isEqualTo(1);
        assertThat(overview.columnCounts(assignment.assignmentId())).anyMatch(counts -> counts.released() > 0);

        var analytics = app.getBean(AnalyticsService.class);
        var content = app.getBean(LessonCatalogService.class).content(assignment.lessonId());
        assertThat(analytics.classSkills(assignment.assignmentId())).anyMatch(SkillShare::scored);
        assertThat(analytics.studentSkills(assignment.assignmentId(), 0, 50))
                .hasSize(analytics.studentCount(assignment.assignmentId()))
                .anySatisfy(s -> assertThat(s.skills()).anyMatch(SkillShare::scored));
        assertThat(content.questions())
                .allSatisfy(question -> assertThat(analytics
                                .question(assignment.assignmentId(), question.id())
                                .answered())
                        .isNotNegative());
        var csv = new ByteArrayOutputStream();
        app.getBean(ReviewExportService.class).exportCsv(assignment.assignmentId(), Locale.ROOT, csv);
        assertThat(csv.toString(StandardCharsets.UTF_8)).startsWith("\uFEFF\"username\",\"display name\"");
    }

    private static void asHughes(ConfigurableApplicationContext app, Runnable work) {
        var holder = app.getBean(SecurityContextHolderStrategy.class);
        var hughes = app.getBean(UserDetailsService.class).loadUserByUsername("hughes");
        var context = holder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(hughes, null, hughes.getAuthorities()));
        holder.setContext(context);
        try {
            work.run();
        } finally {
            holder.clearContext();
        }
    }
}
