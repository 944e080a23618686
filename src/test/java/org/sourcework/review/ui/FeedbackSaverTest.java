package org.sourcework.review.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcework.base.SaveOutcome;
import org.sourcework.base.ui.Autosaver;
import org.sourcework.lessons.ShortText;
import org.sourcework.lessons.Skill;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.responses.ClassAnswer;
import org.sourcework.review.FeedbackInput;
import org.sourcework.review.FeedbackStatus;
import org.sourcework.review.GivenFeedback;
import org.sourcework.review.ReviewService;

/** Feedback saving: a conflict that changed nothing written (released, or read by the student) is settled quietly. */
class FeedbackSaverTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:42:00Z");

    private final ReviewService review = mock(ReviewService.class);
    private final ShortText question =
            new ShortText("q1", "I", Skill.SOURCING, 2, "Who wrote it?", 500, null, List.of(), List.of());
    private final ClassAnswer answer =
            new ClassAnswer(7, 1, 3, "q1", 1, new TextAnswer("Walmsley"), false, null, 2, NOW, 11L, 1, false, false);

    private static GivenFeedback given(String comment, int version, FeedbackStatus status) {
        return new GivenFeedback(
                1,
                7,
                11,
                3,
                "q1",
                version,
                status,
                new BigDecimal("1.00"),
                2,
                Map.of(),
                false,
                null,
                comment,
                null,
                false,
                NOW,
                5,
                null,
                null);
    }

    private static FeedbackInput input(String comment) {
        return new FeedbackInput(Map.of(), new BigDecimal("1"), null, comment, null, false);
    }

    @Test
    void a_stored_score_of_1_00_is_the_same_input_as_a_typed_1() {
        assertThat(FeedbackSaver.inputOf(given("Fine", 0, FeedbackStatus.DRAFT), question, null))
                .isEqualTo(input("Fine"));
    }

    @Test
    void feedback_released_meanwhile_is_saved_over_without_asking() {
        var stored = given("Fine", 0, FeedbackStatus.DRAFT);
        var released = given("Fine", 1, FeedbackStatus.RELEASED);
        when(review.save(eq(7L), any(), eq(0))).thenReturn(new SaveOutcome.Conflict<>(released));
        when(review.save(eq(7L), any(), eq(1)))
                .thenReturn(new SaveOutcome.Saved<>(given("Fine, and cited.", 2, FeedbackStatus.RELEASED)));
        var saver = new FeedbackSaver(review, Clock.fixed(NOW, ZoneOffset.UTC), question, answer, stored);
        var conflicts = new ArrayList<GivenFeedback>();
        saver.onConflict(conflicts::add);

        saver.save(input("Fine, and cited."));

        assertThat(conflicts).isEmpty();
        assertThat(saver.state()).isEqualTo(Autosaver.State.SAVED);
        assertThat(saver.version()).isEqualTo(2);
    }

    @Test
    void feedback_another_instructor_changed_is_handed_to_the_instructor_to_choose() {
        var stored = given("Fine", 0, FeedbackStatus.DRAFT);
        var theirs = given("Theirs", 1, FeedbackStatus.DRAFT);
        when(review.save(anyLong(), any(), any())).thenReturn(new SaveOutcome.Conflict<>(theirs));
        var saver = new FeedbackSaver(review, Clock.fixed(NOW, ZoneOffset.UTC), question, answer, stored);
        var conflicts = new ArrayList<GivenFeedback>();
        saver.onConflict(conflicts::add);

        saver.save(input("Mine"));

        assertThat(conflicts).containsExactly(theirs);
        assertThat(saver.state()).isEqualTo(Autosaver.State.CONFLICT);
        verify(review, times(1)).save(anyLong(), any(), any());
    }

    @Test
    void nothing_is_saved_while_nothing_is_written() {
        var saver = new FeedbackSaver(review, Clock.fixed(NOW, ZoneOffset.UTC), question, answer, null);

        saver.save(FeedbackInput.empty());

        verify(review, times(0)).save(anyLong(), any(), any());
        assertThat(saver.state()).isEqualTo(Autosaver.State.EMPTY);
    }
}
