package org.sourcework.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sourcework.lessons.Categorisation;
import org.sourcework.lessons.ClaimEvidenceReasoning;
import org.sourcework.lessons.Evidence;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.SingleChoice;
import org.sourcework.responses.LargeClassGenerator.LargeClass;
import org.sourcework.responses.LargeClasses;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.TelegramQuestions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The analytics and the export cost a number of SQL statements that does not grow with the class:
 * the same for 5 students as for 200, with every answer given and feedback on half of them.
 */
@IntegrationTest
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@Import(LargeClasses.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsStatementCountTest {

    @Autowired
    AnalyticsService analytics;

    @Autowired
    ReviewExportService export;

    @Autowired
    LargeClasses classes;

    private LargeClass small;
    private LargeClass large;
    private List<Question> questions;

    @BeforeAll
    void generateClasses() {
        var content = classes.lesson();
        questions = List.of(
                TelegramQuestions.first(content, SingleChoice.class),
                TelegramQuestions.firstInText(content, Evidence.class),
                TelegramQuestions.first(content, Categorisation.class),
                TelegramQuestions.first(content, ClaimEvidenceReasoning.class));
        small = classes.generate("Analytics small", 5);
        large = classes.generate("Analytics large", 200);
    }

    private Runnable analyticsOf(LargeClass generated) {
        return () -> {
            analytics.studentCount(generated.assignmentId());
            assertThat(analytics.classSkills(generated.assignmentId()))
                    .anySatisfy(s -> assertThat(s.scored()).isTrue());
            assertThat(analytics.studentSkills(generated.assignmentId(), 0, 50))
                    .hasSize(Math.min(50, generated.studentIds().size()));
            questions.forEach(question -> assertThat(analytics
                            .question(generated.assignmentId(), question.id())
                            .answered())
                    .isEqualTo(generated.studentIds().size()));
        };
    }

    @Test
    void the_analytics_screen_costs_the_same_statements_for_5_or_200_students() {
        var forSmall = classes.statements(small, analyticsOf(small));
        var forLarge = classes.statements(large, analyticsOf(large));

        assertThat(forSmall).as("statements are counted").isPositive();
        // seven calls, each first checking that the caller teaches the class and may read the lesson
        assertThat(forLarge).isEqualTo(forSmall).isLessThanOrEqualTo(50);
    }

    @Test
    void the_export_reads_a_fixed_number_of_statements_per_page_of_100_students() {
        var forSmall = classes.statements(
                small, () -> export.exportCsv(small.assignmentId(), Locale.ROOT, OutputStream.nullOutputStream()));
        var forLarge = classes.statements(
                large, () -> export.exportCsv(large.assignmentId(), Locale.ROOT, OutputStream.nullOutputStream()));

        assertThat(forSmall).as("statements are counted").isPositive();
        // one page for 5 students; two full pages and an empty look-up for 200
        assertThat(forLarge).isLessThanOrEqualTo(3 * forSmall).isLessThanOrEqualTo(40);
    }
}
