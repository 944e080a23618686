package org.sourcework.base.ui;

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
import org.sourcework.base.SaveOutcome;

/**
 * Saves one piece of work as it is edited and knows whether it is saved: a student's answer, an
 * instructor's feedback. Sends the version it last saw, so a change made meanwhile elsewhere is
 * never overwritten silently; keeps an unsaved value and retries it after a failure until the server
 * can take it again (a failure reaching the server is the server's, say its database, never the
 * network's). A refusal (a rule the person broke) is not retried: the person fixes it, and nothing they
 * typed is thrown away. A conflict is handed over once, and waits for the person's choice.
 *
 * <p>A subclass makes the service call itself ({@link #send}) and receives the service's
 * {@link SaveOutcome} as it is, so a value goes from the field to the service in one step.
 *
 * @param <V> the value being edited
 * @param <S> what the service hands back once it holds a value: the value with its version and time
 */
public abstract class Autosaver<V, S> {

    /** {@code REPLACED}: saved, but by someone else (or another window) over what this page showed. */
    public enum State {
        EMPTY,
        SAVED,
        SAVING,
        RETRYING,
        REJECTED,
        CONFLICT,
        REPLACED
    }

    /**
     * How long typing must pause before a text field sends its value: short enough that little is
     * ever unsaved, long enough that a word is not sent letter by letter.
     */
    public static final int TYPING_PAUSE_MILLIS = 1500;

    /** The longest wait between two retries, however long the server has been failing. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(Autosaver.class);

    private final Clock clock;
    private @Nullable Integer version;
    private @Nullable Instant savedAt;
    private @Nullable V stored;
    private @Nullable V pending;
    private State state = State.EMPTY;
    private @Nullable String problem;
    private @Nullable Instant replacedAt;
    private int failures;
    private Instant nextAttempt = Instant.EPOCH;
    private final List<Runnable> changeListeners = new ArrayList<>();
    private final List<Consumer<S>> savedListeners = new ArrayList<>();
    private Consumer<S> conflictHandler = current -> {};
    private Consumer<S> replacedHandler = current -> {};
    private Consumer<RuntimeException> refusalHandler = refusal -> {};

    protected Autosaver(Clock clock) {
        this.clock = clock;
    }

    /**
     * What the service holds when the screen opens, if anything. Called last in a subclass's
     * constructor, once the fields {@link #value} reads are set.
     */
    protected final void begin(@Nullable S initial) {
        if (initial != null) {
            version = version(initial);
            savedAt = savedAt(initial);
            stored = value(initial);
            state = State.SAVED;
        }
    }

    /**
     * The service call that saves the value.
     *
     * @param expectedVersion the version the value was based on; null when nothing was stored yet
     * @throws RuntimeException a refusal (see {@link #refuses}) or a failure worth retrying
     */
    protected abstract SaveOutcome<S> send(V value, @Nullable Integer expectedVersion);

    protected abstract int version(S stored);

    protected abstract Instant savedAt(S stored);

    protected abstract V value(S stored);

    /** Whether the exception is a refusal to show the person, rather than a failure to retry. */
    protected abstract boolean refuses(RuntimeException exception);

    /** A blank value is not worth saving while nothing is stored. */
    protected boolean blank(V value) {
        return false;
    }

    /**
     * Whether a conflict can be settled by saving over {@code current} without asking, because it
     * holds no change to the value the person started from ({@code known}).
     */
    protected boolean settlesQuietly(S current, @Nullable V known) {
        return false;
    }

    public void save(V value) {
        if (state == State.REJECTED
                && pending == null
                && (Objects.equals(value, stored) || (stored == null && blank(value)))) {
            // back to what is stored: nothing to save, and the refused value is no longer on the screen
            problem = null;
            state = stored == null ? State.EMPTY : State.SAVED;
            fire();
            return;
        }
        if (pending == null && Objects.equals(value, stored) && (state == State.SAVED || state == State.REPLACED)) {
            return;
        }
        if (pending == null && stored == null && blank(value) && state == State.EMPTY) {
            return;
        }
        pending = value;
        failures = 0;
        if (state == State.CONFLICT) {
            // the choice is open (a blur as the dialog takes the focus comes here): it decides, once
            return;
        }
        attempt();
    }

    /** Tries the unsaved value again, at once. */
    public void retry() {
        if (pending != null && state != State.CONFLICT) {
            attempt();
        }
    }

    /** Called regularly while a save is failing: retries when it is time. */
    public void retryIfDue() {
        if (state == State.RETRYING && !clock.instant().isBefore(nextAttempt)) {
            attempt();
        }
    }

    /** After a conflict: store this value over the newer one. Nothing to do when the choice was made already. */
    public void keepMine(S current) {
        if (state != State.CONFLICT || pending == null) {
            return;
        }
        version = version(current);
        attempt();
    }

    /**
     * What the service holds now, read on a regular check: when it was saved elsewhere since this page
     * last knew it and nothing is unsaved here, it becomes the value known, and {@link #replaced()}
     * tells whether it differs from what the page showed. With something unsaved here the next save
     * meets the conflict and asks instead.
     *
     * @return whether the value shown must change to the stored one
     */
    public boolean checkStored(S current) {
        if (pending != null
                || state == State.CONFLICT
                || state == State.SAVING
                || state == State.REJECTED
                || Objects.equals(version, version(current))) {
            return false;
        }
        var differs = !Objects.equals(value(current), stored);
        stored(current);
        if (differs) {
            replacedAt = savedAt(current);
            state = State.REPLACED;
            fire();
            replacedHandler.accept(current);
        }
        return differs;
    }

    /** After a conflict, or when the stored value changed for another reason: it becomes the one known. */
    public void loadNewer(S current) {
        if (state == State.CONFLICT || pending == null) {
            pending = null;
            stored(current);
        }
    }

    private void attempt() {
        var value = Objects.requireNonNull(pending);
        state = State.SAVING;
        fire();
        try {
            switch (send(value, version)) {
                case SaveOutcome.Saved<S>(S saved) -> {
                    if (Objects.equals(pending, value)) {
                        pending = null;
                    }
                    stored(saved);
                }
                case SaveOutcome.Conflict<S>(S current) -> conflict(current);
            }
        } catch (RuntimeException e) {
            if (refuses(e)) {
                pending = null;
                problem = MessageText.of(e);
                state = State.REJECTED;
                fire();
                refusalHandler.accept(e);
                return;
            }
            log.warn("Could not save {}; keeping it to retry", this, e);
            failures++;
            state = State.RETRYING;
            var wait = Duration.ofSeconds(2L * failures);
            nextAttempt = clock.instant().plus(wait.compareTo(LONGEST_WAIT) < 0 ? wait : LONGEST_WAIT);
            fire();
        }
    }

    private void conflict(S current) {
        if (settlesQuietly(current, stored) && !Objects.equals(version, version(current))) {
            version = version(current);
            attempt();
            return;
        }
        state = State.CONFLICT;
        fire();
        conflictHandler.accept(current);
    }

    private void stored(S saved) {
        version = version(saved);
        savedAt = savedAt(saved);
        stored = value(saved);
        problem = null;
        failures = 0;
        state = State.SAVED;
        fire();
        List.copyOf(savedListeners).forEach(listener -> listener.accept(saved));
    }

    private void fire() {
        List.copyOf(changeListeners).forEach(Runnable::run);
    }

    public void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    public void addSavedListener(Consumer<S> listener) {
        savedListeners.add(listener);
    }

    public void onConflict(Consumer<S> handler) {
        conflictHandler = handler;
    }

    /** The value saved elsewhere that replaced this page's (see {@link #checkStored}), to show it. */
    public void onReplaced(Consumer<S> handler) {
        replacedHandler = handler;
    }

    /** The refusal's message, written for the person. */
    public void onRejected(Consumer<String> handler) {
        refusalHandler = refusal -> handler.accept(MessageText.of(refusal));
    }

    /** The refusal itself, for a screen that shows it beside the field it is about. */
    public void onRefused(Consumer<RuntimeException> handler) {
        refusalHandler = handler;
    }

    /** Forgets the components of a page that is no longer shown. */
    public void clearListeners() {
        changeListeners.clear();
        savedListeners.clear();
        conflictHandler = current -> {};
        replacedHandler = current -> {};
        refusalHandler = refusal -> {};
    }

    public State state() {
        return state;
    }

    public boolean hasUnsavedValue() {
        return pending != null;
    }

    public @Nullable V stored() {
        return stored;
    }

    public @Nullable V pending() {
        return pending;
    }

    public @Nullable Instant savedAt() {
        return savedAt;
    }

    public @Nullable Integer version() {
        return version;
    }

    public @Nullable String problem() {
        return problem;
    }

    /** When the value that replaced this page's was saved elsewhere, while the state is {@code REPLACED}. */
    public @Nullable Instant replacedAt() {
        return replacedAt;
    }
}
