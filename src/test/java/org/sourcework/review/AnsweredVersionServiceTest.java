package org.sourcework.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcework.review.EditedLessonScenario.NEW_PROMPT;
import static org.sourcework.review.EditedLessonScenario.NEW_SENTENCE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.sourcework.analytics.AnalyticsService;
import org.sourcework.analytics.QuestionStats.EvidenceStats;
import org.sourcework.analytics.QuestionStats.SentenceCount;
import org.sourcework.analytics.ReviewExportService;
import org.sourcework.feedback.StudentFeedbackService;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * After the lesson changed, what the instructor's services report about an answer follows the
 * lesson version it was written to: Amira answered version 1, Ben version 2.
 */
@EditedLessonTest
class AnsweredVersionServiceTest {

    @Autowired
    EditedLessonScenario scenario;

    @Autowired
    AnalyticsService analytics;

    @Autowired
    ReviewExportService export;

    @Autowired
    StudentFeedbackService studentFeedback;

    @Autowired
    RunAs runAs;

    @Test
    void a_students_feedback_page_reads_the_lesson_version_they_answered() {
        var edited = scenario.edited();

        var amiras = runAs.user("amira", () -> studentFeedback.myFeedback(edited.assignmentId()));
        var bens = runAs.user("ben", () -> studentFeedback.myFeedback(edited.assignmentId()));

        assertThat(amiras.lesson()
                        .content()
                        .question(edited.questionId())
                        .orElseThrow()
                        .prompt()
                        .strip())
                .isEqualTo(edited.oldPrompt());
        assertThat(bens.lesson()
                        .content()
                        .question(edited.questionId())
                        .orElseThrow()
                        .prompt()
                        .strip())
                .isEqualTo(NEW_PROMPT);
    }

    @Test
    void analytics_count_sentences_only_from_answers_to_a_version_that_numbered_the_passage_alike() {
        var edited = scenario.edited();

        var stats = (EvidenceStats)
                runAs.user("hughes", () -> analytics.question(edited.assignmentId(), edited.questionId()));

        assertThat(stats.answered()).isEqualTo(1);
        assertThat(stats.onEarlierVersions()).isEqualTo(1);
        var changed = stats.sentences().stream()
                .filter(sentence -> sentence.number() == edited.sentence())
                .findFirst()
                .orElseThrow();
        assertThat(changed)
                .extracting(SentenceCount::text, SentenceCount::count)
                .containsExactly(NEW_SENTENCE, 1L);
    }

    @Test
    void the_export_names_each_answers_question_as_its_version_asked_it() throws IOException {
        var edited = scenario.edited();
        var out = new ByteArrayOutputStream();

        runAs.user("hughes", () -> export.exportCsv(edited.assignmentId(), Locale.ROOT, out));

        var rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8).substring(1)))
                .getRecords()
                .stream()
                .filter(row -> row.get("question id").equals(edited.questionId()))
                .toList();
        assertThat(rows)
                .filteredOn(row -> row.get("username").equals("amira"))
                .extracting(row -> row.get("question"))
                .containsExactly(edited.oldPrompt());
        assertThat(rows)
                .filteredOn(row -> row.get("username").equals("ben"))
                .extracting(row -> row.get("question"))
                .containsExactly(NEW_PROMPT);
    }
}
