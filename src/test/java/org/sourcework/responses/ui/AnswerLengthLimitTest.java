package org.sourcework.responses.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcework.lessons.ClaimEvidenceReasoning;
import org.sourcework.lessons.ExtendedText;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.ShortText;
import org.sourcework.responses.AnswerLimits;
import org.sourcework.responses.ResponseService;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.Rendered;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * One maximum length per text field, the same in the view (the browser stops typing at it), the
 * service and the database; text beyond it that still reaches the server is refused visibly.
 */
@IntegrationTest
// rolled back after each test, so the demo students stay untouched for the other tests
@Transactional
@WithUserDetails("ben")
class AnswerLengthLimitTest extends SpringBrowserlessTest {

    @Autowired
    RunAs runAs;

    @Autowired
    RosterQueries roster;

    @Autowired
    ResponseService responses;

    private long assignment;

    @BeforeEach
    void findAssignment() {
        assignment = ReaderTestSupport.assignmentOf(runAs, roster, "ben");
    }

    private QuestionCard open(String page, String questionId) {
        navigate("lesson/" + assignment + "/" + page, ReaderView.class);
        return find(QuestionCard.class).id("question-" + questionId);
    }

    private static String status(QuestionCard card) {
        return Rendered.text(card.getChildren()
                .filter(SaveStatusLine.class::isInstance)
                .findFirst()
                .orElseThrow());
    }

    /** The limits of a question's text fields, in the order they are shown. */
    private static List<Integer> limitsOf(Question question) {
        return switch (question) {
            case ShortText text -> List.of(text.maxLength());
            case ExtendedText text -> List.of(text.maxLength());
            case ClaimEvidenceReasoning cer ->
                List.of(
                        cer.maxLengths().claim(),
                        cer.maxLengths().evidence(),
                        cer.maxLengths().reasoning());
            default -> List.of();
        };
    }

    @Test
    void every_text_field_of_the_lesson_stops_at_its_questions_limit() {
        var pages = new ReaderPages(
                runAs.user("ben", () -> responses.open(assignment)).content());
        var seen = new ArrayList<Integer>();
        for (var page : pages.ids()) {
            navigate("lesson/" + assignment + "/" + page, ReaderView.class);
            for (var question : pages.questions(page)) {
                var card = find(QuestionCard.class).id("question-" + question.id());
                var fields = find(TextArea.class, card).all();
                assertThat(fields)
                        .as(question.id())
                        .extracting(TextArea::getMaxLength)
                        .containsExactlyElementsOf(limitsOf(question));
                fields.forEach(field -> seen.add(field.getMaxLength()));
            }
        }
        assertThat(seen)
                .as("short, CER and extended limits of the telegram")
                .contains(500, 1000, 2000, 5000)
                .allSatisfy(limit -> assertThat(limit).isLessThanOrEqualTo(AnswerLimits.MAX_TEXT));
    }

    @Test
    void short_text_beyond_the_limit_is_refused_with_a_message_at_the_field_and_not_stored() {
        var card = open("headnote", "hn-predict");
        var area = find(TextArea.class, card).single();

        test(area).setValue("x".repeat(501));

        assertThat(area.isInvalid()).isTrue();
        assertThat(area.getErrorMessage()).isEqualTo("This answer is longer than the 500 characters allowed.");
        assertThat(area.getHelperText()).isEqualTo("501 / 500");
        assertThat(status(card)).startsWith("Not saved: see the message above.");
        assertThat(runAs.user("ben", () -> responses.open(assignment)).answers())
                .doesNotContainKey("hn-predict");
    }

    @Test
    void claim_evidence_reasoning_shows_the_refusal_at_the_part_that_is_too_long() {
        var card = open("IV", "iv-cer-threat");
        var fields = find(TextArea.class, card).all();

        test(fields.get(1)).setValue("S2 ".repeat(334));

        assertThat(fields.get(1).isInvalid()).isTrue();
        assertThat(fields.get(1).getErrorMessage())
                .isEqualTo("Your evidence is longer than the 1000 characters allowed.");
        assertThat(fields.get(0).isInvalid()).isFalse();
        assertThat(status(card)).startsWith("Not saved: see the message above.");
    }

    @Test
    void a_lesson_limit_above_what_the_database_holds_is_capped_in_the_view() {
        navigate("lesson/" + assignment, ReaderView.class);

        var text = new AnswerTextArea(8000, 3, "too-generous", null, () -> {});

        assertThat(text.field().getMaxLength()).isEqualTo(AnswerLimits.MAX_TEXT);
        assertThat(text.field().getHelperText()).isEqualTo("0 / 5000");
    }
}
