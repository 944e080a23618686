package org.sourcework.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.sourcework.Application;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.review.AnalyticsService;
import org.sourcework.review.ReviewExportService;
import org.sourcework.review.SkillShare;
import org.sourcework.roster.RosterService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The analytics' reporting SQL (native queries joining answers, their handed-in versions and
 * feedback) and the export run on a real PostgreSQL server, over the demo's sample class with work
 * at several levels and rubric feedback.
 */
class AnalyticsOnPostgresIT {

    @Test
    void analytics_and_export_read_the_sample_class_on_postgresql() throws Exception {
        try (var postgres = LocalPostgres.start();
                var app = new SpringApplicationBuilder(Application.class).run(
                        "--spring.datasource.url=" + postgres.jdbcUrl(),
                        "--spring.datasource.username=sourcework",
                        "--spring.datasource.password=",
                        "--server.port=0",
                        "--sourcework.data-dir=" + Files.createTempDirectory("sourcework-unused"),
                        "--vaadin.devmode.devTools.enabled=false",
                        "--vaadin.devmode.usageStatistics.enabled=false")) {
            var holder = app.getBean(SecurityContextHolderStrategy.class);
            var hughes = app.getBean(UserDetailsService.class).loadUserByUsername("hughes");
            var context = holder.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(hughes, null, hughes.getAuthorities()));
            holder.setContext(context);
            try {
                var roster = app.getBean(RosterService.class);
                var analytics = app.getBean(AnalyticsService.class);
                var sample = roster.classesITeach().stream().filter(c -> c.name().equals("History 12C")).findFirst()
                        .orElseThrow();
                var assignment = roster.lessonsOf(sample.id()).getFirst();
                var content = app.getBean(LessonCatalogService.class).content(assignment.lessonId());

                assertThat(analytics.classSkills(assignment.assignmentId())).anyMatch(SkillShare::scored);
                assertThat(analytics.studentSkills(assignment.assignmentId(), 0, 50))
                        .hasSize(analytics.studentCount(assignment.assignmentId()))
                        .anySatisfy(s -> assertThat(s.skills()).anyMatch(SkillShare::scored));
                assertThat(content.questions()).allSatisfy(question -> assertThat(
                        analytics.question(assignment.assignmentId(), question.id()).answered()).isNotNegative());
                var csv = new ByteArrayOutputStream();
                app.getBean(ReviewExportService.class).exportCsv(assignment.assignmentId(), csv);
                assertThat(csv.toString(StandardCharsets.UTF_8)).startsWith("\uFEFFusername,display name");
            } finally {
                holder.clearContext();
            }
        }
    }
}
