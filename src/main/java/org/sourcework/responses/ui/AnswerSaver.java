package org.sourcework.responses.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
final class AnswerSaver {

    enum State { EMPTY, SAVED, SAVING, RETRYING, FAILED, REJECTED, CONFLICT }

    static final int AUTOMATIC_RETRIES = 4;

    private static final Logger log = LoggerFactory.getLogger(AnswerSaver.class);

    private final ResponseService service;
    private final Clock clock;
    private final long assignmentId;
    private final String questionId;
    private @Nullable Integer version;
    private @Nullable Instant savedAt;
    private @Nullable AnswerValue stored;
    private @Nullable AnswerValue pending;
    private State state;
    private @Nullable String problem;
    private int failures;
    private Instant nextAttempt = Instant.EPOCH;
    private final List<Runnable> changeListeners = new ArrayList<>();
    private final List<Consumer<SavedAnswer>> savedListeners = new ArrayList<>();
    private Consumer<SavedAnswer> conflictHandler = current -> { };
    private Consumer<String> rejectedHandler = message -> { };

    AnswerSaver(ResponseService service, Clock clock, long assignmentId, String questionId,
            @Nullable SavedAnswer initial) {
        this.service = service;
        this.clock = clock;
        this.assignmentId = assignmentId;
        this.questionId = questionId;
        if (initial != null) {
            version = initial.version();
            savedAt = initial.savedAt();
            stored = initial.value();
        }
        state = initial == null ? State.EMPTY : State.SAVED;
    }

    void save(AnswerValue value) {
        if (pending == null && Objects.equals(value, stored) && (state == State.SAVED || state == State.REJECTED)) {
            return;
        }
        if (pending == null && stored == null && value.isBlank() && state == State.EMPTY) {
            return;
        }
        pending = value;
        failures = 0;
        attempt();
    }

    /** Tries the unsaved value again, at once. */
    void retry() {
        if (pending != null) {
            attempt();
        }
    }

    /** Called regularly while a save is failing: retries when it is time, a few times. */
    void retryIfDue() {
        if (state == State.RETRYING && !clock.instant().isBefore(nextAttempt)) {
            attempt();
        }
    }

    /** After a conflict: store the student's value over the newer one. */
    void keepMine(SavedAnswer current) {
        version = current.version();
        attempt();
    }

    /** After a conflict: the newer answer becomes the one shown and known. */
    void loadNewer(SavedAnswer current) {
        pending = null;
        stored(current);
    }

    private void attempt() {
        var value = Objects.requireNonNull(pending);
        state = State.SAVING;
        fire();
        try {
            switch (service.save(assignmentId, questionId, value, version)) {
                case SaveResult.Saved(SavedAnswer answer) -> {
                    if (Objects.equals(pending, value)) {
                        pending = null;
                    }
                    stored(answer);
                }
                case SaveResult.Conflict(SavedAnswer current) -> {
                    state = State.CONFLICT;
                    fire();
                    conflictHandler.accept(current);
                }
            }
        } catch (AnswerRejectedException | AccessDeniedException e) {
            pending = null;
            problem = e.getMessage();
            state = State.REJECTED;
            fire();
            rejectedHandler.accept(e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Could not save answer {} of assignment {}; keeping it to retry", questionId, assignmentId, e);
            failures++;
            state = failures <= AUTOMATIC_RETRIES ? State.RETRYING : State.FAILED;
            nextAttempt = clock.instant().plus(Duration.ofSeconds(2L * failures));
            fire();
        }
    }

    private void stored(SavedAnswer answer) {
        version = answer.version();
        savedAt = answer.savedAt();
        stored = answer.value();
        problem = null;
        failures = 0;
        state = State.SAVED;
        fire();
        List.copyOf(savedListeners).forEach(listener -> listener.accept(answer));
    }

    private void fire() {
        List.copyOf(changeListeners).forEach(Runnable::run);
    }

    void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    void addSavedListener(Consumer<SavedAnswer> listener) {
        savedListeners.add(listener);
    }

    void onConflict(Consumer<SavedAnswer> handler) {
        conflictHandler = handler;
    }

    void onRejected(Consumer<String> handler) {
        rejectedHandler = handler;
    }

    /** Forgets the components of a page that is no longer shown. */
    void clearListeners() {
        changeListeners.clear();
        savedListeners.clear();
        conflictHandler = current -> { };
        rejectedHandler = message -> { };
    }

    String questionId() {
        return questionId;
    }

    State state() {
        return state;
    }

    boolean hasUnsavedValue() {
        return pending != null;
    }

    @Nullable AnswerValue stored() {
        return stored;
    }

    @Nullable AnswerValue pending() {
        return pending;
    }

    @Nullable Instant savedAt() {
        return savedAt;
    }

    @Nullable String problem() {
        return problem;
    }
}
