package org.sourcework.responses.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.sourcework.base.Message;
import org.sourcework.base.SaveOutcome;
import org.sourcework.responses.AnswerRejectedException;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.responses.ResponseService;
import org.sourcework.responses.SavedAnswer;
import org.springframework.dao.DataAccessResourceFailureException;

/** What the reader does when a save works, fails, conflicts or is refused. */
class AnswerSaverTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:42:00Z");

    private final ResponseService service = mock(ResponseService.class);
    private final MovableClock clock = new MovableClock();

    private AnswerSaver saver() {
        return new AnswerSaver(service, clock, 51, "q1", null);
    }

    private static SavedAnswer stored(String text, int version) {
        return new SavedAnswer("q1", new TextAnswer(text), version, NOW, null, 2, false);
    }

    @Test
    void saved_answer_remembers_its_version_for_the_next_save() {
        when(service.save(51, "q1", new TextAnswer("one"), null)).thenReturn(new SaveOutcome.Saved<>(stored("one", 0)));
        when(service.save(51, "q1", new TextAnswer("two"), 0)).thenReturn(new SaveOutcome.Saved<>(stored("two", 1)));
        var saver = saver();

        saver.save(new TextAnswer("one"));
        saver.save(new TextAnswer("two"));

        assertThat(saver.state()).isEqualTo(AnswerSaver.State.SAVED);
        assertThat(saver.hasUnsavedValue()).isFalse();
        verify(service).save(51, "q1", new TextAnswer("two"), 0);
    }

    @Test
    void the_same_value_is_not_saved_twice() {
        when(service.save(anyLong(), anyString(), any(), any())).thenReturn(new SaveOutcome.Saved<>(stored("one", 0)));
        var saver = saver();

        saver.save(new TextAnswer("one"));
        saver.save(new TextAnswer("one"));

        verify(service, times(1)).save(anyLong(), anyString(), any(), any());
    }

    @Test
    void a_save_the_server_fails_is_kept_and_retried_until_the_server_is_back_never_more_than_30_seconds_apart() {
        when(service.save(anyLong(), anyString(), any(), isNull()))
                .thenThrow(new DataAccessResourceFailureException("database gone"));
        var saver = saver();
        var states = new ArrayList<AnswerSaver.State>();
        saver.addChangeListener(() -> states.add(saver.state()));

        saver.save(new TextAnswer("typed"));
        assertThat(saver.state()).isEqualTo(AnswerSaver.State.RETRYING);
        assertThat(saver.pending()).isEqualTo(new TextAnswer("typed"));
        saver.retryIfDue();
        verify(service, times(1)).save(anyLong(), anyString(), any(), isNull());

        // an outage of twenty minutes: the save is tried again at least every 30 seconds
        for (int i = 0; i < 40; i++) {
            clock.advance(Duration.ofSeconds(30));
            saver.retryIfDue();
        }
        verify(service, times(41)).save(anyLong(), anyString(), any(), isNull());
        assertThat(saver.state()).isEqualTo(AnswerSaver.State.RETRYING);
        assertThat(states).containsOnly(AnswerSaver.State.SAVING, AnswerSaver.State.RETRYING);

        doReturn(new SaveOutcome.Saved<>(stored("typed", 0)))
                .when(service)
                .save(anyLong(), anyString(), any(), isNull());
        clock.advance(Duration.ofSeconds(30));
        saver.retryIfDue();
        assertThat(saver.state()).isEqualTo(AnswerSaver.State.SAVED);
        assertThat(saver.hasUnsavedValue()).isFalse();
    }

    @Test
    void retry_after_a_failure_saves_the_kept_value() {
        when(service.save(anyLong(), anyString(), any(), isNull()))
                .thenThrow(new DataAccessResourceFailureException("database gone"))
                .thenReturn(new SaveOutcome.Saved<>(stored("typed", 0)));
        var saver = saver();
        saver.save(new TextAnswer("typed"));

        saver.retry();

        assertThat(saver.state()).isEqualTo(AnswerSaver.State.SAVED);
        assertThat(saver.hasUnsavedValue()).isFalse();
    }

    @Test
    void conflict_is_handed_to_the_student_and_keep_mine_saves_over_the_newer_version() {
        var newer = stored("from the other tab", 3);
        when(service.save(51, "q1", new TextAnswer("mine"), null)).thenReturn(new SaveOutcome.Conflict<>(newer));
        when(service.save(51, "q1", new TextAnswer("mine"), 3)).thenReturn(new SaveOutcome.Saved<>(stored("mine", 4)));
        var saver = saver();
        var conflicts = new ArrayList<SavedAnswer>();
        saver.onConflict(conflicts::add);

        saver.save(new TextAnswer("mine"));
        assertThat(saver.state()).isEqualTo(AnswerSaver.State.CONFLICT);
        assertThat(conflicts).containsExactly(newer);

        saver.keepMine(newer);
        assertThat(saver.state()).isEqualTo(AnswerSaver.State.SAVED);
        verify(service).save(51, "q1", new TextAnswer("mine"), 3);
    }

    @Test
    void a_conflict_asks_once_even_when_the_field_sends_its_value_again_as_the_dialog_takes_the_focus() {
        var newer = stored("from the other tab", 3);
        when(service.save(anyLong(), anyString(), any(), any())).thenReturn(new SaveOutcome.Conflict<>(newer));
        var saver = saver();
        var conflicts = new ArrayList<SavedAnswer>();
        saver.onConflict(conflicts::add);

        saver.save(new TextAnswer("mine"));
        saver.save(new TextAnswer("mine"));
        saver.retry();

        assertThat(conflicts).containsExactly(newer);
        assertThat(saver.state()).isEqualTo(AnswerSaver.State.CONFLICT);
        verify(service, times(1)).save(anyLong(), anyString(), any(), any());
    }

    @Test
    void keep_mine_a_second_time_after_the_choice_was_saved_changes_nothing_and_throws_nothing() {
        var newer = stored("from the other tab", 3);
        when(service.save(51, "q1", new TextAnswer("mine"), null)).thenReturn(new SaveOutcome.Conflict<>(newer));
        when(service.save(51, "q1", new TextAnswer("mine"), 3)).thenReturn(new SaveOutcome.Saved<>(stored("mine", 4)));
        var saver = saver();
        saver.save(new TextAnswer("mine"));
        saver.keepMine(newer);

        saver.keepMine(newer);

        assertThat(saver.state()).isEqualTo(AnswerSaver.State.SAVED);
        assertThat(saver.version()).isEqualTo(4);
        verify(service, times(2)).save(anyLong(), anyString(), any(), any());
    }

    @Test
    void an_answer_saved_over_in_another_window_replaces_this_one_and_says_so_when_nothing_is_unsaved_here() {
        when(service.save(51, "q1", new TextAnswer("mine"), null))
                .thenReturn(new SaveOutcome.Saved<>(stored("mine", 0)));
        var saver = saver();
        var shown = new ArrayList<SavedAnswer>();
        saver.onReplaced(shown::add);
        saver.save(new TextAnswer("mine"));
        var theirs = new SavedAnswer(
                "q1", new TextAnswer("kept in the other window"), 1, NOW.plusSeconds(60), null, 2, false);

        assertThat(saver.checkStored(stored("mine", 0))).isFalse();
        assertThat(saver.checkStored(theirs)).isTrue();

        assertThat(shown).containsExactly(theirs);
        assertThat(saver.state()).isEqualTo(AnswerSaver.State.REPLACED);
        assertThat(saver.replacedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(saver.stored()).isEqualTo(new TextAnswer("kept in the other window"));
        assertThat(saver.version()).isEqualTo(1);
    }

    @Test
    void an_answer_with_unsaved_text_is_not_replaced_by_a_check_its_next_save_meets_the_conflict() {
        when(service.save(anyLong(), anyString(), any(), any()))
                .thenThrow(new DataAccessResourceFailureException("database gone"));
        var saver = saver();
        saver.save(new TextAnswer("typed"));

        assertThat(saver.checkStored(stored("from the other window", 0))).isFalse();

        assertThat(saver.pending()).isEqualTo(new TextAnswer("typed"));
        assertThat(saver.version()).isNull();
    }

    @Test
    void load_newer_takes_the_other_version_without_saving() {
        var newer = stored("from the other tab", 3);
        when(service.save(anyLong(), anyString(), any(), any())).thenReturn(new SaveOutcome.Conflict<>(newer));
        var saver = saver();
        saver.save(new TextAnswer("mine"));

        saver.loadNewer(newer);

        assertThat(saver.state()).isEqualTo(AnswerSaver.State.SAVED);
        assertThat(saver.stored()).isEqualTo(newer.value());
        verify(service, times(1)).save(anyLong(), anyString(), any(), any());
    }

    @Test
    void refused_answer_shows_the_reason_and_is_not_retried() {
        when(service.save(anyLong(), anyString(), any(), any()))
                .thenThrow(new AnswerRejectedException(Message.of("answer.rejected.too-long.answer", 500)));
        var saver = saver();
        var messages = new ArrayList<String>();
        saver.onRejected(messages::add);

        saver.save(new TextAnswer("x".repeat(600)));
        clock.advance(Duration.ofMinutes(1));
        saver.retryIfDue();

        assertThat(saver.state()).isEqualTo(AnswerSaver.State.REJECTED);
        assertThat(messages).containsExactly("This answer is longer than the 500 characters allowed.");
        verify(service, times(1)).save(anyLong(), anyString(), any(), any());
        verify(service, never()).save(anyLong(), anyString(), any(), eq(0));
    }

    @Test
    void a_refused_answer_taken_back_to_the_stored_one_is_saved_again_without_a_save() {
        when(service.save(51, "q1", new TextAnswer("one"), null)).thenReturn(new SaveOutcome.Saved<>(stored("one", 0)));
        when(service.save(51, "q1", new TextAnswer("x".repeat(600)), 0))
                .thenThrow(new AnswerRejectedException(Message.of("answer.rejected.too-long.answer", 500)));
        var saver = saver();
        saver.save(new TextAnswer("one"));
        saver.save(new TextAnswer("x".repeat(600)));
        assertThat(saver.state()).isEqualTo(AnswerSaver.State.REJECTED);

        saver.save(new TextAnswer("one"));

        assertThat(saver.state()).isEqualTo(AnswerSaver.State.SAVED);
        assertThat(saver.problem()).isNull();
        assertThat(saver.savedAt()).isEqualTo(NOW);
        verify(service, times(1)).save(51, "q1", new TextAnswer("one"), null);
        verify(service, never()).save(51, "q1", new TextAnswer("one"), 0);
    }

    private static final class MovableClock extends Clock {

        private Instant now = NOW;

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
