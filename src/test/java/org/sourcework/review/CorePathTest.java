package org.sourcework.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcework.analytics.AnalyticsService;
import org.sourcework.analytics.ReviewExportService;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.SingleChoice;
import org.sourcework.responses.AnswerRejectedException;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.responses.ResponseService;
import org.sourcework.roster.ClassAdminService;
import org.sourcework.roster.ClassRosterService;
import org.sourcework.roster.LessonPath;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

/**
 * A class given the lesson's core path (the demo's History 11B: Elena, Farid, Grace and Hannah,
 * taught by Okafor) reads, answers and is counted on the core questions only; a class given the
 * full lesson (History 11A) keeps every question.
 */
@IntegrationTest
@Import(ReviewFixture.class)
@Transactional
class CorePathTest {

    @Autowired
    ResponseService responses;

    @Autowired
    ClassOverviewService overview;

    @Autowired
    AnalyticsService analytics;

    @Autowired
    ReviewExportService export;

    @Autowired
    ReviewService review;

    @Autowired
    RosterQueries roster;

    @Autowired
    ClassRosterService rosters;

    @Autowired
    ClassAdminService classes;

    @Autowired
    LessonCatalogService lessons;

    @Autowired
    ReviewFixture fixture;

    @Autowired
    RunAs runAs;

    private LessonContent whole;
    private List<String> core;
    private long coreAssignment;

    @BeforeEach
    void lesson() {
        var lessonId =
                runAs.user("admin", () -> lessons.lessonIdBySlug("moscow-1956").orElseThrow());
        whole = runAs.user("amira", () -> lessons.content(lessonId));
        core = whole.corePath();
        coreAssignment = fixture.assignmentOf("elena");
    }

    private Question outsideTheCorePath() {
        return whole.questions().stream()
                .filter(question -> !core.contains(question.id()))
                .filter(SingleChoice.class::isInstance)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void the_demo_gives_history_11b_the_core_path_and_history_11a_the_full_lesson() {
        assertThat(core).hasSizeBetween(12, 18);
        assertThat(runAs.user("elena", () -> roster.myAssignments().getFirst().path()))
                .isEqualTo(LessonPath.CORE);
        assertThat(runAs.user("amira", () -> roster.myAssignments().getFirst().path()))
                .isEqualTo(LessonPath.FULL);
    }

    @Test
    void a_student_on_the_core_path_reads_only_the_core_questions_and_the_whole_text() {
        var lesson = runAs.user("elena", () -> responses.open(coreAssignment));

        assertThat(lesson.content().questions()).extracting(Question::id).containsExactlyElementsOf(core);
        assertThat(lesson.content().document()).isEqualTo(whole.document());
        assertThat(lesson.work().questionCount()).isEqualTo(core.size());
        var full = runAs.user("amira", () -> responses.open(fixture.assignmentOf("amira")));
        assertThat(full.content().questions()).hasSize(whole.questions().size());
    }

    @Test
    void a_student_on_the_core_path_cannot_answer_a_question_outside_it() {
        var outside = outsideTheCorePath();

        assertThatThrownBy(() -> runAs.user(
                        "elena",
                        () -> responses.save(
                                coreAssignment,
                                outside.id(),
                                new ChoiceAnswer(List.of(
                                        ((SingleChoice) outside).correctOption().id())),
                                null)))
                .isInstanceOf(AnswerRejectedException.class);
    }

    @Test
    void progress_on_the_home_page_and_before_submitting_counts_only_the_core_questions() {
        var first = whole.question(core.getFirst()).orElseThrow();
        runAs.user(
                "elena",
                () -> responses.save(
                        coreAssignment,
                        first.id(),
                        new ChoiceAnswer(
                                List.of(((SingleChoice) first).correctOption().id())),
                        null));

        var card = runAs.user("elena", () -> responses.myLessons().getFirst());
        assertThat(card.questionCount()).isEqualTo(core.size());
        assertThat(card.answered()).isOne();
        assertThat(runAs.user("elena", () -> responses.unansweredQuestionIds(coreAssignment)))
                .containsExactlyElementsOf(core.subList(1, core.size()));
    }

    @Test
    void the_class_overview_has_a_column_for_each_core_question_only() {
        var columns = runAs.user("okafor", () -> overview.columnCounts(coreAssignment));

        assertThat(columns).extracting(ColumnCounts::questionId).containsExactlyElementsOf(core);
        assertThat(runAs.user("hughes", () -> overview.columnCounts(fixture.assignmentOf("amira"))))
                .hasSize(whole.questions().size());
    }

    @Test
    void analytics_and_feedback_know_only_the_core_questions_of_a_core_class() {
        var outside = outsideTheCorePath();

        assertThatThrownBy(() -> runAs.user("okafor", () -> analytics.question(coreAssignment, outside.id())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(runAs.user("okafor", () -> review.commentBanks(coreAssignment))
                        .keySet())
                .containsExactlyInAnyOrderElementsOf(core);
    }

    @Test
    void scores_are_exported_for_the_core_questions_only() throws IOException {
        var predict = whole.question("hn-predict").orElseThrow();
        runAs.user("elena", () -> {
            responses.save(coreAssignment, predict.id(), new TextAnswer("They will explain the new line."), null);
            responses.submit(coreAssignment);
        });
        var out = new ByteArrayOutputStream();
        runAs.user("okafor", () -> export.exportCsv(coreAssignment, Locale.ROOT, out));

        var records = records(out.toByteArray());
        assertThat(records).hasSize(4 * core.size());
        assertThat(records.stream()
                        .filter(row -> row.get("username").equals("elena"))
                        .map(row -> row.get("question id")))
                .containsExactlyElementsOf(core);
    }

    @Test
    void an_administrator_chooses_the_path_when_assigning_and_the_instructor_sees_it() {
        var lessonId =
                runAs.user("admin", () -> lessons.lessonIdBySlug("moscow-1956").orElseThrow());
        var classId = runAs.user("admin", () -> {
            var created = classes.create("History 10D", "Spring 2027");
            rosters.addInstructor(created.id(), "hughes");
            return created.id();
        });
        var assignment = runAs.user("admin", () -> rosters.assignLesson(classId, lessonId, null, LessonPath.CORE));

        assertThat(runAs.user("hughes", () -> roster.lessonsOf(classId)))
                .singleElement()
                .satisfies(lesson -> assertThat(lesson.path()).isEqualTo(LessonPath.CORE));
        assertThat(runAs.user(
                        "admin",
                        () -> classes.roster(classId).lessons().getFirst().path()))
                .isEqualTo(LessonPath.CORE);
        assertThat(runAs.user("hughes", () -> overview.columnCounts(assignment)))
                .hasSize(core.size());
    }

    private static List<CSVRecord> records(byte[] bytes) throws IOException {
        var text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        try (var parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }
}
