package org.sourcework.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sourcework.review.ClassOverviewService;
import org.sourcework.review.OverviewFilter;
import org.sourcework.review.OverviewRow;
import org.sourcework.review.StudentStatus;
import org.sourcework.roster.LessonPath;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The sample class shows every state the review screens know, and seeding it again changes nothing. */
@IntegrationTest
@TestPropertySource(properties = "sourcework.demo.sample-work=true")
class SampleClassTest {

    @Autowired
    DemoDataSeeder seeder;

    @Autowired
    RosterQueries roster;

    @Autowired
    ClassOverviewService overview;

    @Autowired
    RunAs runAs;

    private long sampleAssignment() {
        return runAs.user("hughes", () -> {
            var sample = roster.classesITeach().stream()
                    .filter(c -> c.name().equals(DemoData.SAMPLE_CLASS))
                    .findFirst()
                    .orElseThrow();
            return roster.lessonsOf(sample.id()).getFirst().assignmentId();
        });
    }

    @Test
    void the_sample_class_has_students_at_every_step() {
        var assignment = sampleAssignment();

        var rows = runAs.user("hughes", () -> overview.page(assignment, OverviewFilter.ALL, 0, 50));

        assertThat(rows).hasSize(DemoData.SAMPLE_STUDENTS.size());
        assertThat(rows)
                .extracting(OverviewRow::status)
                .contains(
                        StudentStatus.NOT_STARTED,
                        StudentStatus.IN_PROGRESS,
                        StudentStatus.SUBMITTED,
                        StudentStatus.FEEDBACK_DRAFTED,
                        StudentStatus.FEEDBACK_RELEASED,
                        StudentStatus.FEEDBACK_READ);
        assertThat(runAs.user("hughes", () -> overview.count(assignment, OverviewFilter.REVISING)))
                .isEqualTo(1);
        assertThat(runAs.user("hughes", () -> overview.count(assignment, OverviewFilter.TO_REVIEW)))
                .isEqualTo(2);
    }

    @Test
    void the_sample_class_is_given_the_full_lesson_so_all_its_work_counts() {
        var lesson = runAs.user("hughes", () -> {
            var sample = roster.classesITeach().stream()
                    .filter(c -> c.name().equals(DemoData.SAMPLE_CLASS))
                    .findFirst()
                    .orElseThrow();
            return roster.lessonsOf(sample.id()).getFirst();
        });

        assertThat(lesson.path()).isEqualTo(LessonPath.FULL);
    }

    @Test
    void seeding_again_adds_nothing() {
        assertThat(seeder.seed()).isZero();

        var rows = runAs.user("hughes", () -> overview.count(sampleAssignment(), OverviewFilter.ALL));
        assertThat(rows).isEqualTo(DemoData.SAMPLE_STUDENTS.size());
    }
}
