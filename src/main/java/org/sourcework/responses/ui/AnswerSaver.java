package org.sourcework.responses.ui;

import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.ui.Autosaver;
import org.sourcework.responses.AnswerRejectedException;
import org.sourcework.responses.AnswerValue;
import org.sourcework.responses.ResponseService;
import org.sourcework.responses.SaveResult;
import org.sourcework.responses.SavedAnswer;
import org.springframework.security.access.AccessDeniedException;

/**
 * Saves one answer and knows whether it is saved. Sends the last version it knows, so an answer
 * changed meanwhile in another tab is never overwritten silently; keeps an unsaved value and
 * retries it after a failure, a few times on its own and then when asked.
 */
final class AnswerSaver extends Autosaver<AnswerValue, SavedAnswer> {

    private final String questionId;

    AnswerSaver(ResponseService service, Clock clock, long assignmentId, String questionId,
            @Nullable SavedAnswer initial) {
        super(clock, new Answers(service, assignmentId, questionId), initial);
        this.questionId = questionId;
    }

    String questionId() {
        return questionId;
    }

    private record Answers(ResponseService service, long assignmentId, String questionId)
            implements Store<AnswerValue, SavedAnswer> {

        @Override
        public Outcome<SavedAnswer> save(AnswerValue value, @Nullable Integer expectedVersion) {
            return switch (service.save(assignmentId, questionId, value, expectedVersion)) {
                case SaveResult.Saved(SavedAnswer answer) -> new Outcome.Saved<>(answer);
                case SaveResult.Conflict(SavedAnswer current) -> new Outcome.Conflict<>(current);
            };
        }

        @Override
        public int version(SavedAnswer stored) {
            return stored.version();
        }

        @Override
        public Instant savedAt(SavedAnswer stored) {
            return stored.savedAt();
        }

        @Override
        public AnswerValue value(SavedAnswer stored) {
            return stored.value();
        }

        @Override
        public boolean refuses(RuntimeException exception) {
            return exception instanceof AnswerRejectedException || exception instanceof AccessDeniedException;
        }

        @Override
        public boolean blank(AnswerValue value) {
            return value.isBlank();
        }

        @Override
        public String toString() {
            return "answer " + questionId + " of assignment " + assignmentId;
        }
    }
}
