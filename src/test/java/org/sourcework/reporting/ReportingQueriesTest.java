package org.sourcework.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcework.review.OverviewFilter;
import org.sourcework.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every reporting query runs against the schema Flyway builds, so renaming or dropping a column
 * that one of them reads (in the roster's, responses' or review's tables) fails here, in the
 * package that owns the SQL, rather than on a screen of another feature.
 */
@IntegrationTest
class ReportingQueriesTest {

    private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

    @Autowired
    ClassOverviewQueries overview;

    @Autowired
    AnalyticsQueries analytics;

    @Autowired
    GradebookQueries gradebook;

    @Autowired
    JdbcClient jdbc;

    private long classId;
    private long assignmentId;
    private long students;

    @BeforeEach
    void pickADemoClassWithStudents() {
        var row = jdbc.sql("""
                select s.class_id, s.id from assignment s
                where exists (select 1 from enrolment e where e.class_id = s.class_id and e.class_role = 'STUDENT')
                order by s.id
                """)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list()
                .getFirst();
        classId = row[0];
        assignmentId = row[1];
        students = jdbc.sql("select count(*) from enrolment where class_id = ? and class_role = 'STUDENT'")
                .param(classId)
                .query(Long.class)
                .single();
    }

    @Test
    void the_overview_lists_and_counts_every_student_of_the_class() {
        var page = overview.page(classId, assignmentId, "ALL", NOW, NOW, 0, 500);

        assertThat(page)
                .hasSize(Math.toIntExact(students))
                .allSatisfy(student -> assertThat(student.username()).isNotBlank());
        assertThat(overview.count(classId, assignmentId, "ALL", NOW, NOW)).isEqualTo(students);
    }

    @Test
    void every_overview_filter_runs_against_the_schema() {
        Arrays.stream(OverviewFilter.values()).forEach(filter -> {
            var count = overview.count(classId, assignmentId, filter.name(), NOW, NOW);
            assertThat(overview.page(classId, assignmentId, filter.name(), NOW, NOW, 0, 500))
                    .as(filter.name())
                    .hasSize(Math.toIntExact(count));
        });
    }

    @Test
    void the_home_tallies_count_the_current_students_of_each_assignment() {
        assertThat(overview.tallies(classId))
                .filteredOn(tally -> tally.assignmentId() == assignmentId)
                .singleElement()
                .satisfies(tally -> assertThat(tally.students()).isPositive().isLessThanOrEqualTo(students));
    }

    @Test
    void the_analytics_queries_run_against_the_schema() {
        var studentIds = jdbc.sql("select user_id from enrolment where class_id = ? and class_role = 'STUDENT'")
                .param(classId)
                .query(Long.class)
                .list();
        var scores = analytics.scoresOf(assignmentId, studentIds);
        var points = analytics.pointsPerQuestion(assignmentId);

        assertThat(scores).allSatisfy(score -> assertThat(studentIds).contains(score.studentId()));
        assertThat(points.stream().mapToLong(QuestionPoints::answers).sum()).isEqualTo(scores.size());
        assertThat(analytics.feedbackOn(assignmentId, "no-such-question")).isEmpty();
    }

    @Test
    void the_review_progress_counts_at_most_the_answers_handed_in() {
        var studentIds = jdbc.sql("select user_id from enrolment where class_id = ? and class_role = 'STUDENT'")
                .param(classId)
                .query(Long.class)
                .list();
        var questionIds = jdbc.sql("select distinct a.question_id from answer a join student_work w on w.id = a.work_id"
                        + " where w.assignment_id = ?")
                .param(assignmentId)
                .query(String.class)
                .list();

        assertThat(overview.reviewProgress(assignmentId, studentIds, questionIds))
                .allSatisfy(tally -> {
                    assertThat(studentIds).contains(tally.studentId());
                    assertThat(tally.reviewed()).isBetween(tally.released(), tally.handedIn());
                    assertThat(tally.read()).isLessThanOrEqualTo(tally.released());
                });
        assertThat(overview.reviewProgress(assignmentId, studentIds, java.util.List.of()))
                .isEmpty();
    }

    @Test
    void the_gradebook_lists_every_student_in_every_order() {
        var questionIds = jdbc.sql("select distinct a.question_id from answer a join student_work w on w.id = a.work_id"
                        + " where w.assignment_id = ?")
                .param(assignmentId)
                .query(String.class)
                .list();

        for (var byName : new boolean[] {true, false}) {
            for (var ascending : new boolean[] {true, false}) {
                assertThat(gradebook.page(classId, assignmentId, questionIds, byName, ascending, 0, 500))
                        .as("by name %s, ascending %s", byName, ascending)
                        .hasSize(Math.toIntExact(students));
            }
        }
        assertThat(gradebook.page(classId, assignmentId, java.util.List.of(), false, true, 0, 500))
                .hasSize(Math.toIntExact(students));
    }
}
