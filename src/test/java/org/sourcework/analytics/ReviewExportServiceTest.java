package org.sourcework.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcework.lessons.Categorisation;
import org.sourcework.lessons.ClaimEvidenceReasoning;
import org.sourcework.lessons.Evidence;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.ShortText;
import org.sourcework.lessons.SingleChoice;
import org.sourcework.responses.AnswerValue.CategorisationAnswer;
import org.sourcework.responses.AnswerValue.CerAnswer;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;
import org.sourcework.responses.AnswerValue.EvidenceAnswer;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.responses.ResponseService;
import org.sourcework.review.FeedbackInput;
import org.sourcework.review.ReviewFixture;
import org.sourcework.review.ReviewService;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.sourcework.support.TelegramQuestions;
import org.sourcework.users.UserAdminService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** The CSV export read back with Commons CSV, as a spreadsheet would read it. */
@IntegrationTest
@Import(ReviewFixture.class)
@Transactional
class ReviewExportServiceTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String FORMULA = "=HYPERLINK(\"http://x.example\",\"pw\")";

    @Autowired
    ReviewExportService export;

    @Autowired
    ReviewService review;

    @Autowired
    ResponseService responses;

    @Autowired
    ReviewFixture fixture;

    @Autowired
    UserAdminService users;

    @Autowired
    RunAs runAs;

    private LessonContent content;
    private long assignment;

    @BeforeEach
    void lesson() {
        content = fixture.content("amira");
        assignment = fixture.assignmentOf("amira");
    }

    private byte[] exported() {
        var out = new ByteArrayOutputStream();
        runAs.user("hughes", () -> export.exportCsv(assignment, Locale.ROOT, out));
        return out.toByteArray();
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

    private static CSVRecord row(List<CSVRecord> records, String username, String questionId) {
        return records.stream()
                .filter(r -> r.get("username").equals(username)
                        && r.get("question id").equals(questionId))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void starts_with_a_byte_order_mark_and_a_header_then_one_row_per_student_and_question() throws IOException {
        var bytes = exported();

        assertThat(bytes).startsWith(BOM);
        var text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow())
                .isEqualTo("\"username\",\"display name\",\"section\","
                        + "\"question id\",\"question\",\"skill\",\"answer\",\"auto score\",\"feedback score\",\"points\","
                        + "\"rubric levels\",\"comment\",\"feedback status\",\"submitted at\",\"late\"");
        var records = records(bytes);
        assertThat(records).hasSize(4 * content.questions().size());
        assertThat(records.getFirst().get("username")).isEqualTo("amira");
        assertThat(records.getFirst().get("question id"))
                .isEqualTo(content.questions().getFirst().id());
        assertThat(records.getLast().get("username")).isEqualTo("daniel");
    }

    @Test
    void answers_read_back_exactly_whatever_characters_they_hold() throws IOException {
        var question = TelegramQuestions.first(content, ShortText.class);
        var cyrillic = "Хрущёв говорил о культе личности 🙂";
        var awkward = "He wrote \"anti-Stalinism\", not \"anti-STALIN\",\nand meant it; 100% sure.";
        fixture.handIn("amira", "hughes", question, new TextAnswer(cyrillic));
        fixture.handIn("ben", "hughes", question, new TextAnswer(awkward));

        var records = records(exported());

        assertThat(row(records, "amira", question.id()).get("answer")).isEqualTo(cyrillic);
        assertThat(row(records, "ben", question.id()).get("answer")).isEqualTo(awkward);
        assertThat(row(records, "ben", question.id()).get("display name")).isEqualTo("Ben Carter");
        assertThat(row(records, "amira", question.id()).get("late")).isEqualTo("no");
        assertThat(row(records, "amira", question.id()).get("submitted at"))
                .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");
        assertThat(row(records, "chloe", question.id()).get("answer")).isEmpty();
        assertThat(row(records, "chloe", question.id()).get("submitted at")).isEmpty();
    }

    @Test
    void a_cell_a_spreadsheet_would_run_as_a_formula_starts_with_an_apostrophe() throws IOException {
        var question = TelegramQuestions.first(content, ShortText.class);
        fixture.handIn("amira", "hughes", question, new TextAnswer("=HYPERLINK(\"http://evil\",\"x\")"));
        fixture.handIn("ben", "hughes", question, new TextAnswer("@SUM(1+1)"));
        fixture.handIn("chloe", "hughes", question, new TextAnswer("-2+3"));
        fixture.handIn("daniel", "hughes", question, new TextAnswer("2 + 2 = 4"));

        var records = records(exported());

        assertThat(row(records, "amira", question.id()).get("answer")).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(row(records, "ben", question.id()).get("answer")).isEqualTo("'@SUM(1+1)");
        assertThat(row(records, "chloe", question.id()).get("answer")).isEqualTo("'-2+3");
        assertThat(row(records, "daniel", question.id()).get("answer")).isEqualTo("2 + 2 = 4");
    }

    @Test
    void a_display_name_a_spreadsheet_would_run_as_a_formula_starts_with_an_apostrophe() throws IOException {
        var ben = runAs.user("admin", () -> users.get(fixture.idOf("ben")));
        runAs.user("admin", () -> users.update(ben.id(), ben.version(), FORMULA, ben.email(), ben.role()));

        var records = records(exported());

        assertThat(records)
                .filteredOn(r -> r.get("username").equals("ben"))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("display name")).isEqualTo("'" + FORMULA));
    }

    @Test
    void answers_are_written_as_readable_text_with_scores_and_feedback() throws IOException {
        var choice = TelegramQuestions.first(content, SingleChoice.class);
        var evidence = TelegramQuestions.firstInText(content, Evidence.class);
        var sorting = TelegramQuestions.first(content, Categorisation.class);
        var cer = TelegramQuestions.first(content, ClaimEvidenceReasoning.class);
        var placed = new LinkedHashMap<String, String>();
        var statement = sorting.statements().getFirst();
        placed.put(statement.id(), statement.categoryId());
        runAs.user("amira", () -> {
            responses.save(
                    assignment,
                    choice.id(),
                    new ChoiceAnswer(List.of(choice.correctOption().id())),
                    null);
            responses.save(assignment, evidence.id(), new EvidenceAnswer(List.of(3)), null);
            responses.save(assignment, sorting.id(), new CategorisationAnswer(placed), null);
            responses.save(assignment, cer.id(), new CerAnswer("Still a rival", "Sentence 3", "New rules"), null);
            responses.submit(assignment);
        });
        var criterion = cer.rubric().criteria().getFirst();
        var cerAnswer = fixture.answer("hughes", assignment, "amira", cer.id());
        runAs.user("hughes", () -> {
            review.save(
                    cerAnswer.answerId(),
                    new FeedbackInput(Map.of(criterion.id(), 1), null, null, "Name the rules.", null, false),
                    null);
            review.releaseAnswer(cerAnswer.answerId());
        });

        var records = records(exported());

        var chosen = row(records, "amira", choice.id());
        assertThat(chosen.get("answer")).isEqualTo(choice.correctOption().text());
        assertThat(chosen.get("auto score")).isEqualTo(String.valueOf(choice.points()));
        assertThat(chosen.get("points")).isEqualTo(String.valueOf(choice.points()));
        assertThat(chosen.get("section")).isEqualTo("Before reading");
        assertThat(row(records, "amira", evidence.id()).get("answer")).isEqualTo("sentence 3");
        var category = sorting.categories().stream()
                .filter(c -> c.id().equals(statement.categoryId()))
                .findFirst()
                .orElseThrow();
        assertThat(row(records, "amira", sorting.id()).get("answer"))
                .isEqualTo(statement.text() + " → " + category.label());
        var written = row(records, "amira", cer.id());
        assertThat(written.get("answer"))
                .isEqualTo("Claim: Still a rival / Evidence: Sentence 3 / Reasoning: New rules");
        assertThat(written.get("auto score")).isEmpty();
        assertThat(written.get("rubric levels")).isEqualTo(criterion.label() + ": 1");
        assertThat(written.get("comment")).isEqualTo("Name the rules.");
        assertThat(written.get("feedback status")).isEqualTo("released");
        assertThat(written.get("skill")).isEqualTo("Close reading");
    }

    @Test
    void the_file_is_named_after_the_class_and_the_lesson() {
        assertThat(runAs.user("hughes", () -> export.fileName(assignment)))
                .isEqualTo("history-11a-moscow-1956-answers.csv");
    }

    @Test
    void an_instructor_of_another_class_cannot_export_it() {
        assertThatThrownBy(() -> runAs.user(
                        "okafor", () -> export.exportCsv(assignment, Locale.ROOT, new ByteArrayOutputStream())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user(
                        "amira", () -> export.exportCsv(assignment, Locale.ROOT, new ByteArrayOutputStream())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
