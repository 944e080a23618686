package org.sourcework.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcework.lessons.ClaimEvidenceReasoning;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.SingleChoice;
import org.sourcework.responses.AnswerValue.CerAnswer;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;
import org.sourcework.review.FeedbackInput;
import org.sourcework.review.ReviewFixture;
import org.sourcework.review.ReviewService;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.sourcework.support.TelegramQuestions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** The gradebook's points per student, section and skill, its orders, its CSV, and who may read it. */
@IntegrationTest
@Import(ReviewFixture.class)
@Transactional
class GradebookServiceTest {

    @Autowired
    GradebookService gradebook;

    @Autowired
    GradebookExportService export;

    @Autowired
    ReviewService review;

    @Autowired
    ReviewFixture fixture;

    @Autowired
    RunAs runAs;

    private LessonContent content;
    private long assignment;
    private SingleChoice choice;
    private ClaimEvidenceReasoning cer;

    @BeforeEach
    void lesson() {
        content = fixture.content("amira");
        assignment = fixture.assignmentOf("amira");
        choice = TelegramQuestions.first(content, SingleChoice.class);
        cer = TelegramQuestions.first(content, ClaimEvidenceReasoning.class);
    }

    private ChoiceAnswer wrongChoice() {
        return new ChoiceAnswer(List.of(choice.options().stream()
                .filter(option -> !option.correct())
                .findFirst()
                .orElseThrow()
                .id()));
    }

    /** Amira: the choice right and the written answer scored 2; Ben: the choice wrong; Chloé and Daniel: nothing. */
    private void twoStudentsWork() {
        var answers = new java.util.LinkedHashMap<Question, org.sourcework.responses.AnswerValue>();
        answers.put(choice, new ChoiceAnswer(List.of(choice.correctOption().id())));
        answers.put(cer, new CerAnswer("Claim", "Evidence", "Reasoning"));
        var amira = fixture.handInAll("amira", "hughes", answers);
        runAs.user(
                "hughes",
                () -> review.save(
                        amira.getLast().answerId(),
                        new FeedbackInput(Map.of(), new BigDecimal("2"), "Scored by hand", "", null, false),
                        null));
        fixture.handIn("ben", "hughes", choice, wrongChoice());
    }

    private GradebookPart part(String key) {
        return runAs.user("hughes", () -> gradebook.parts(assignment)).stream()
                .filter(part -> part.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private List<String> order(GradebookSort sort) {
        return runAs.user("hughes", () -> gradebook.page(assignment, sort, 0, 50)).stream()
                .map(row -> row.student().username())
                .toList();
    }

    @Test
    void each_student_has_their_points_on_the_lesson_its_sections_and_its_skills() {
        twoStudentsWork();

        var rows = runAs.user("hughes", () -> gradebook.page(assignment, GradebookSort.BY_NAME, 0, 50));

        assertThat(rows).extracting(row -> row.student().username()).containsExactly("amira", "ben", "chloe", "daniel");
        var total = part(GradebookPart.TOTAL);
        assertThat(total.points())
                .isEqualTo(
                        content.questions().stream().mapToInt(Question::points).sum());
        var amira = rows.getFirst();
        assertThat(amira.earnedIn(total)).isEqualByComparingTo(BigDecimal.valueOf(choice.points() + 2L));
        assertThat(amira.earnedIn(part("section-" + cer.sectionId()))).isGreaterThanOrEqualTo(new BigDecimal("2"));
        assertThat(amira.earnedIn(part("skill-" + choice.skill().fileName())))
                .isGreaterThanOrEqualTo(BigDecimal.valueOf(choice.points()));
        assertThat(rows.get(1).earnedIn(total)).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(rows.get(1).percentIn(total)).hasValue(0);
        assertThat(rows.get(2).percentIn(total))
                .as("nothing scored is not zero")
                .isEmpty();
    }

    @Test
    void the_class_sorts_by_any_column_in_the_database() {
        twoStudentsWork();

        assertThat(order(new GradebookSort(GradebookPart.TOTAL, false)))
                .startsWith("amira")
                .hasSize(4);
        assertThat(order(new GradebookSort(GradebookPart.TOTAL, true))).endsWith("amira");
        assertThat(order(new GradebookSort("section-" + cer.sectionId(), false)))
                .startsWith("amira");
        assertThat(order(new GradebookSort(GradebookSort.NAME, false)))
                .containsExactly("daniel", "chloe", "ben", "amira");
        assertThat(runAs.user("hughes", () -> gradebook.page(assignment, GradebookSort.BY_NAME, 2, 2)))
                .extracting(row -> row.student().username())
                .containsExactly("chloe", "daniel");
    }

    @Test
    void the_csv_has_one_row_per_student_with_total_percent_sections_and_skills() {
        twoStudentsWork();
        var out = new ByteArrayOutputStream();

        runAs.user("hughes", () -> export.exportCsv(assignment, Locale.ROOT, out));

        var lines = out.toString(StandardCharsets.UTF_8).strip().lines().toList();
        assertThat(lines).hasSize(1 + 4);
        assertThat(lines.getFirst())
                .contains("username", "total (of " + part(GradebookPart.TOTAL).points() + ")", "percent", "Sourcing");
        assertThat(lines.get(1)).startsWith("\"amira\",\"Amira Haddad\",\"no\",\"" + (choice.points() + 2) + "\",");
        assertThat(runAs.user("hughes", () -> export.fileName(assignment))).endsWith("-gradebook.csv");
    }

    @Test
    void an_instructor_of_another_class_cannot_read_the_gradebook() {
        runAs.user(
                "okafor",
                () -> assertThatThrownBy(() -> gradebook.page(assignment, GradebookSort.BY_NAME, 0, 10))
                        .isInstanceOf(AccessDeniedException.class));
        runAs.user(
                "amira",
                () -> assertThatThrownBy(() -> gradebook.count(assignment)).isInstanceOf(AccessDeniedException.class));
    }
}
