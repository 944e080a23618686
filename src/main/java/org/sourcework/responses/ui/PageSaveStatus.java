package org.sourcework.responses.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.sourcework.base.ui.ReaderFormat;
import org.sourcework.base.ui.StatusWithRetry;

/**
 * The worst state of the page's answers: "All changes saved at 10:42", "Saving…", "Not saved yet — the
 * server cannot save right now", "Not saved: choose which version to keep".
 */
final class PageSaveStatus extends StatusWithRetry {

    private final SaveTracker tracker;
    private final ReaderFormat format;

    PageSaveStatus(SaveTracker tracker, ReaderFormat format) {
        super("page-save-status", "reader.status.saving", "reader.page-status.offline", "reader.status.signed-out");
        this.tracker = tracker;
        this.format = format;
        tracker.addListener(this::update);
        update();
    }

    @Override
    protected Button newRetryButton() {
        var retry = new Button(getTranslation("reader.status.retry"), event -> tracker.retryAll());
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return retry;
    }

    private void update() {
        var overall = tracker.overall();
        setClassName("problem", overall.compareTo(SaveTracker.Overall.SAVING) > 0);
        setClassName("replaced", overall == SaveTracker.Overall.REPLACED);
        show(
                switch (overall) {
                    case IDLE -> getTranslation("reader.page-status.idle");
                    case SAVED -> getTranslation("reader.page-status.saved", format.when(tracker.lastSavedAt()));
                    case SAVING -> getTranslation("reader.status.saving");
                    case REPLACED ->
                        getTranslation("reader.page-status.replaced", format.when(tracker.lastReplacedAt()));
                    case REJECTED -> getTranslation("reader.page-status.rejected");
                    case RETRYING -> getTranslation("reader.page-status.retrying");
                    case CONFLICT -> getTranslation("reader.page-status.conflict");
                },
                overall == SaveTracker.Overall.RETRYING);
    }
}
