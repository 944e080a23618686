package org.sourcework.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sourcework.responses.ClassWorkService;
import org.sourcework.responses.LargeClassGenerator.LargeClass;
import org.sourcework.responses.LargeClasses;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The review screens' reads cost the same number of SQL statements for a class of 5 as for a class
 * of 200 with every answer given and feedback on half of them: a count, not a time.
 */
@IntegrationTest
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@Import(LargeClasses.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewStatementCountTest {

    private static final int PAGE = 50;

    @Autowired
    ClassOverviewService overview;

    @Autowired
    ClassWorkService classWork;

    @Autowired
    ReviewService review;

    @Autowired
    RosterQueries roster;

    @Autowired
    RunAs runAs;

    @Autowired
    LargeClasses classes;

    private LargeClass small;
    private LargeClass large;
    private String questionId;

    @BeforeAll
    void generateClasses() {
        questionId = classes.lesson().questions().getLast().id();
        small = classes.generate("Count small", 5);
        large = classes.generate("Count large", 200);
    }

    private Runnable overviewOf(LargeClass generated) {
        return () -> {
            overview.count(generated.assignmentId(), OverviewFilter.ALL);
            overview.columnCounts(generated.assignmentId());
            var rows = overview.page(generated.assignmentId(), OverviewFilter.ALL, 0, PAGE);
            assertThat(rows).hasSize(Math.min(PAGE, generated.studentIds().size()));
            overview.page(generated.assignmentId(), OverviewFilter.TO_REVIEW, 0, PAGE);
        };
    }

    private Runnable byQuestionOf(LargeClass generated) {
        return () -> {
            var students = roster.studentsOf(generated.classId(), 0, PAGE).stream()
                    .map(s -> s.userId())
                    .toList();
            var answers = classWork.answersTo(generated.assignmentId(), questionId, students);
            assertThat(answers).hasSize(students.size());
            review.feedbackFor(generated.assignmentId(), students);
            review.commentBank(generated.assignmentId(), questionId);
        };
    }

    @Test
    void the_class_overview_costs_the_same_statements_for_5_or_200_students() {
        var forSmall = classes.statements(small, overviewOf(small));
        var forLarge = classes.statements(large, overviewOf(large));

        assertThat(forSmall).as("statements are counted").isPositive();
        // four calls, each first checking the caller teaches the class
        assertThat(forLarge).isEqualTo(forSmall).isLessThanOrEqualTo(40);
    }

    @Test
    void reviewing_a_question_costs_the_same_statements_for_5_or_200_students() {
        var forSmall = classes.statements(small, byQuestionOf(small));
        var forLarge = classes.statements(large, byQuestionOf(large));

        assertThat(forSmall).as("statements are counted").isPositive();
        assertThat(forLarge).isEqualTo(forSmall).isLessThanOrEqualTo(20);
    }

    @Test
    void the_instructors_home_counts_cost_the_same_statements_for_5_or_200_students() {
        var forSmall = classes.statements(small, () -> overview.countsOfClass(small.classId()));
        var forLarge = classes.statements(large, () -> overview.countsOfClass(large.classId()));

        assertThat(forSmall).as("statements are counted").isPositive();
        assertThat(forLarge).isEqualTo(forSmall).isLessThanOrEqualTo(3);
        assertThat(runAs.user(large.instructor(), () -> overview.countsOfClass(large.classId())))
                .singleElement()
                .satisfies(counts -> {
                    assertThat(counts.students()).isEqualTo(200);
                    assertThat(counts.toReview()).isEqualTo(100L);
                });
    }

    @Test
    void the_generated_class_is_complete() {
        assertThat(runAs.user(large.instructor(), () -> roster.countStudentsOf(large.classId())))
                .isEqualTo(200);
        var firstPage =
                runAs.user(large.instructor(), () -> overview.page(large.assignmentId(), OverviewFilter.ALL, 0, PAGE));
        assertThat(firstPage)
                .allSatisfy(
                        row -> assertThat(row.progress().answeredQuestionIds()).hasSize(44));
        assertThat(runAs.user(large.instructor(), () -> overview.count(large.assignmentId(), OverviewFilter.UNREAD)))
                .isEqualTo(50);
        assertThat(runAs.user(large.instructor(), () -> overview.count(large.assignmentId(), OverviewFilter.TO_REVIEW)))
                .isEqualTo(100);
        assertThat(List.of(small.studentIds().size(), large.studentIds().size()))
                .containsExactly(5, 200);
    }
}
