package org.sourcework.responses.ui;

import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcework.base.ui.RetryPolling;
import org.sourcework.responses.ResponseService;
import org.sourcework.responses.SavedAnswer;

/**
 * The savers of one reader, and the state of the page as a whole: the worst state of any answer on
 * it. Failed saves are retried by the {@link RetryPolling} every editing screen uses. Answers saved in
 * another window are noticed on the page's regular check ({@link #checkStored}).
 */
final class SaveTracker {

    /** From best to worst; the page shows the worst state of its answers. */
    enum Overall {
        IDLE,
        SAVED,
        REPLACED,
        SAVING,
        REJECTED,
        RETRYING,
        CONFLICT
    }

    private static final Logger log = LoggerFactory.getLogger(SaveTracker.class);

    private final ResponseService service;
    private final Clock clock;
    private final long assignmentId;
    private final Map<String, AnswerSaver> savers = new LinkedHashMap<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private final RetryPolling polling = new RetryPolling();
    private @Nullable Instant baseline;

    SaveTracker(ResponseService service, Clock clock, long assignmentId) {
        this.service = service;
        this.clock = clock;
        this.assignmentId = assignmentId;
    }

    long assignmentId() {
        return assignmentId;
    }

    /**
     * The saver of a question. One still holding an unsaved value is kept across pages, so its
     * value and version are not lost; otherwise the stored answer just read is the truth.
     */
    AnswerSaver saver(String questionId, @Nullable SavedAnswer stored) {
        var existing = savers.get(questionId);
        if (existing != null && existing.hasUnsavedValue()) {
            existing.clearListeners();
            watch(existing);
            return existing;
        }
        if (existing != null) {
            polling.remove(existing);
        }
        var saver = new AnswerSaver(service, clock, assignmentId, questionId, stored);
        watch(saver);
        savers.put(questionId, saver);
        return saver;
    }

    /** Drops the savers that have nothing left to save, before a page is built again. */
    void startPage() {
        listeners.clear();
        var done = savers.values().stream()
                .filter(saver -> !saver.hasUnsavedValue())
                .toList();
        done.forEach(polling::remove);
        savers.values().removeAll(done);
    }

    /** When the latest of the answers read from the server was saved. */
    void baseline(@Nullable Instant latest) {
        baseline = latest;
    }

    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    void retryAll() {
        List.copyOf(savers.values()).forEach(AnswerSaver::retry);
    }

    Overall overall() {
        var idle = lastSavedAt() == null ? Overall.IDLE : Overall.SAVED;
        return savers.values().stream()
                .map(saver -> switch (saver.state()) {
                    case EMPTY, SAVED -> idle;
                    case REPLACED -> Overall.REPLACED;
                    case SAVING -> Overall.SAVING;
                    case REJECTED -> Overall.REJECTED;
                    case RETRYING -> Overall.RETRYING;
                    case CONFLICT -> Overall.CONFLICT;
                })
                .max(Comparator.naturalOrder())
                .orElse(idle);
    }

    /** When the latest answer replaced from another window was saved there. */
    @Nullable
    Instant lastReplacedAt() {
        return savers.values().stream()
                .map(AnswerSaver::replacedAt)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    /**
     * Reads the answers as stored now. One saved in another window replaces an answer here that has
     * nothing unsaved, and says so; one with unsaved text meets the conflict on its next save. A check
     * that fails changes nothing: the next one, or the next save, tells.
     */
    void checkStored() {
        if (savers.isEmpty()) {
            return;
        }
        Map<String, SavedAnswer> stored;
        try {
            stored = service.myAnswers(assignmentId);
        } catch (RuntimeException e) {
            log.debug("Could not check the stored answers of assignment {}", assignmentId, e);
            return;
        }
        List.copyOf(savers.values()).forEach(saver -> {
            var current = stored.get(saver.questionId());
            if (current != null) {
                saver.checkStored(current);
            }
        });
    }

    @Nullable
    Instant lastSavedAt() {
        return java.util.stream.Stream.concat(
                        savers.values().stream().map(AnswerSaver::savedAt), java.util.stream.Stream.of(baseline))
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    void attach(UI attachedTo) {
        polling.attach(attachedTo);
    }

    void detach() {
        polling.detach();
    }

    private void watch(AnswerSaver saver) {
        polling.add(saver);
        saver.addChangeListener(() -> List.copyOf(listeners).forEach(Runnable::run));
    }
}
