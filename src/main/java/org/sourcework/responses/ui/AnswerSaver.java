package org.sourcework.responses.ui;

import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.SaveOutcome;
import org.sourcework.base.ui.Autosaver;
import org.sourcework.responses.AnswerRejectedException;
import org.sourcework.responses.AnswerValue;
import org.sourcework.responses.ResponseService;
import org.sourcework.responses.SavedAnswer;
import org.springframework.security.access.AccessDeniedException;

/**
 * Saves one answer and knows whether it is saved. Sends the last version it knows, so an answer
 * changed meanwhile in another tab is never overwritten silently; keeps an unsaved value and
 * retries it after a failure, a few times on its own and then when asked.
 *
 * <p>The way of a typed answer: the question's editor (say {@link TextAnswerEditor}) calls
 * {@link #save}; {@link #send} hands it to {@link ResponseService#save}, which writes it.
 */
final class AnswerSaver extends Autosaver<AnswerValue, SavedAnswer> {

    private final ResponseService service;
    private final long assignmentId;
    private final String questionId;

    AnswerSaver(
            ResponseService service, Clock clock, long assignmentId, String questionId, @Nullable SavedAnswer initial) {
        super(clock);
        this.service = service;
        this.assignmentId = assignmentId;
        this.questionId = questionId;
        begin(initial);
    }

    String questionId() {
        return questionId;
    }

    @Override
    protected SaveOutcome<SavedAnswer> send(AnswerValue value, @Nullable Integer expectedVersion) {
        return service.save(assignmentId, questionId, value, expectedVersion);
    }

    @Override
    protected int version(SavedAnswer stored) {
        return stored.version();
    }

    @Override
    protected Instant savedAt(SavedAnswer stored) {
        return stored.savedAt();
    }

    @Override
    protected AnswerValue value(SavedAnswer stored) {
        return stored.value();
    }

    @Override
    protected boolean refuses(RuntimeException exception) {
        return exception instanceof AnswerRejectedException || exception instanceof AccessDeniedException;
    }

    @Override
    protected boolean blank(AnswerValue value) {
        return value.isBlank();
    }

    @Override
    public String toString() {
        return "answer " + questionId + " of assignment " + assignmentId;
    }
}
