package org.sourcework.responses.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcework.base.SaveOutcome;
import org.sourcework.base.ui.ReaderFormat;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.responses.ResponseService;
import org.sourcework.responses.SavedAnswer;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.Rendered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The reader's header shows the worst state of any answer on the page, and a question says what a
 * failing server means for the student's text. The service is a stand-in, so the database can fail.
 */
@IntegrationTest
@WithUserDetails("amira")
class PageSaveStatusTest extends SpringBrowserlessTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:42:00Z");
    private static final String KEPT = "Not saved yet: the server cannot save right now. Your answer is kept in this"
            + " browser and will be saved when the server is back.";

    private final ResponseService service = mock(ResponseService.class);
    private final MovableClock clock = new MovableClock();
    private SaveTracker tracker;
    private PageSaveStatus header;

    @BeforeEach
    void page() {
        tracker = new SaveTracker(service, clock, 51);
        var format = new ReaderFormat(UI.getCurrent(), clock);
        header = new PageSaveStatus(tracker, format);
        UI.getCurrent().add(new Div(header));
    }

    /** A question on the page: its saver, and the status line under it. */
    private record Question(AnswerSaver saver, SaveStatusLine status) {}

    private Question question(String questionId, SavedAnswer stored) {
        var saver = tracker.saver(questionId, stored);
        var status = new SaveStatusLine(saver, new ReaderFormat(UI.getCurrent(), clock));
        UI.getCurrent().add(status);
        return new Question(saver, status);
    }

    private static SavedAnswer stored(String questionId, String text, int version) {
        return new SavedAnswer(questionId, new TextAnswer(text), version, NOW, null, 2, false);
    }

    private static String text(Div status) {
        return Rendered.of(status).selectFirst(".save-status-text").text();
    }

    @Test
    void while_one_answer_waits_for_a_choice_between_two_versions_the_header_does_not_say_all_is_saved() {
        question("q1", stored("q1", "saved earlier", 0));
        var second = question("q2", stored("q2", "saved earlier", 0));
        when(service.save(51, "q2", new TextAnswer("mine"), 0))
                .thenReturn(new SaveOutcome.Conflict<>(stored("q2", "from the other window", 1)));

        second.saver().save(new TextAnswer("mine"));

        assertThat(text(second.status()))
                .isEqualTo("Not saved: this answer was changed in another window. Choose which" + " version to keep.");
        assertThat(text(header))
                .isEqualTo("Not saved: an answer was changed in another window. Choose which version" + " to keep.");
        assertThat(header.hasClassName("problem")).isTrue();
    }

    @Test
    void when_the_database_fails_the_question_and_the_header_say_the_text_is_kept_and_the_save_is_retried() {
        var question = question("q1", null);
        var status = question.status();
        when(service.save(anyLong(), anyString(), any(), any()))
                .thenThrow(new DataAccessResourceFailureException("The database has been closed"));
        tracker.attach(UI.getCurrent());

        question.saver().save(new TextAnswer("typed while the database is down"));

        assertThat(text(status)).isEqualTo(KEPT);
        assertThat(text(header))
                .isEqualTo("Not saved yet: the server cannot save right now. Your answers are kept"
                        + " in this browser and will be saved when the server is back.");
        assertThat(UI.getCurrent().getPollInterval())
                .as("the browser checks in to retry")
                .isPositive();

        doReturn(new SaveOutcome.Saved<>(new SavedAnswer(
                        "q1", new TextAnswer("typed while the database is down"), 0, NOW, null, 2, false)))
                .when(service)
                .save(anyLong(), anyString(), any(), any());
        clock.now = NOW.plusSeconds(30);
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        verify(service, times(2)).save(anyLong(), anyString(), any(), any());
        assertThat(text(status)).isEqualTo("Saved at " + new ReaderFormat(UI.getCurrent(), clock).when(NOW));
        assertThat(text(header)).startsWith("All changes saved at");
        assertThat(UI.getCurrent().getPollInterval()).isNegative();
    }

    @Test
    void a_retry_button_appears_only_while_a_save_waits_for_the_server_and_saves_again_when_pressed() {
        var question = question("q1", null);
        assertThat(retryButtons(header)).as("no button before it is needed").isEmpty();
        assertThat(retryButtons(question.status())).isEmpty();
        when(service.save(anyLong(), anyString(), any(), any()))
                .thenThrow(new DataAccessResourceFailureException("The database has been closed"));
        tracker.attach(UI.getCurrent());

        question.saver().save(new TextAnswer("typed while the database is down"));

        assertThat(retryButtons(header))
                .singleElement()
                .satisfies(button -> assertThat(button.isVisible()).isTrue());
        assertThat(retryButtons(question.status()))
                .singleElement()
                .satisfies(button -> assertThat(button.isVisible()).isTrue());

        doReturn(new SaveOutcome.Saved<>(new SavedAnswer(
                        "q1", new TextAnswer("typed while the database is down"), 0, NOW, null, 2, false)))
                .when(service)
                .save(anyLong(), anyString(), any(), any());
        test(retryButtons(header).getFirst()).click();

        verify(service, times(2)).save(anyLong(), anyString(), any(), any());
        assertThat(text(header)).startsWith("All changes saved at");
        assertThat(retryButtons(header))
                .singleElement()
                .satisfies(button ->
                        assertThat(button.isVisible()).as("hidden once saved").isFalse());
        assertThat(retryButtons(question.status()))
                .singleElement()
                .satisfies(button -> assertThat(button.isVisible()).isFalse());
    }

    /** The line's Retry buttons, hidden ones too: find(...) passes over hidden components. */
    private static List<Button> retryButtons(Div status) {
        return status.getChildren()
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .filter(button -> button.getText().equals("Retry"))
                .toList();
    }

    @Test
    void an_answer_the_server_failed_is_still_retried_while_another_waits_for_a_choice() {
        var failing = question("q1", null);
        var conflicting = question("q2", stored("q2", "saved earlier", 0));
        when(service.save(51, "q1", new TextAnswer("typed while the database is down"), null))
                .thenThrow(new DataAccessResourceFailureException("The database has been closed"));
        when(service.save(51, "q2", new TextAnswer("mine"), 0))
                .thenReturn(new SaveOutcome.Conflict<>(stored("q2", "from the other window", 1)));
        tracker.attach(UI.getCurrent());

        failing.saver().save(new TextAnswer("typed while the database is down"));
        conflicting.saver().save(new TextAnswer("mine"));

        assertThat(text(header))
                .as("the choice is the worst state")
                .isEqualTo("Not saved: an answer was changed in" + " another window. Choose which version to keep.");
        assertThat(UI.getCurrent().getPollInterval())
                .as("the browser still checks in to retry")
                .isPositive();
    }

    @Test
    void an_answer_saved_over_in_another_window_is_named_on_the_question_and_in_the_header() {
        var status = question("q1", stored("q1", "mine", 0)).status();
        when(service.myAnswers(51))
                .thenReturn(Map.of(
                        "q1",
                        new SavedAnswer(
                                "q1",
                                new TextAnswer("kept in the other window"),
                                1,
                                NOW.plusSeconds(60),
                                null,
                                2,
                                false)));

        tracker.checkStored();

        var at = new ReaderFormat(UI.getCurrent(), clock).when(NOW.plusSeconds(60));
        assertThat(text(status)).isEqualTo("Replaced by the version you saved in another window at " + at + ".");
        assertThat(text(header))
                .isEqualTo("An answer was replaced by the version you saved in another window at " + at + ".");
    }

    private static final class MovableClock extends Clock {

        private Instant now = NOW;

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
