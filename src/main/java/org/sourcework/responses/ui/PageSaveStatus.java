package org.sourcework.responses.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.ui.ConnectionWatch;
import org.sourcework.base.ui.Markup;
import org.sourcework.base.ui.ReaderFormat;

/**
 * The worst state of the page's answers: "All changes saved at 10:42", "Saving…", "Not saved yet — the
 * server cannot save right now", "Not saved: choose which version to keep".
 */
final class PageSaveStatus extends Div {

    private final SaveTracker tracker;
    private final ReaderFormat format;
    private final Span text = new Span();
    // made when first needed, as in AutosaveStatus: every component is kept per session
    private @Nullable Button retry;

    PageSaveStatus(SaveTracker tracker, ReaderFormat format) {
        this.tracker = tracker;
        this.format = format;
        addClassName("page-save-status");
        getElement().setAttribute("data-typing-label", getTranslation("reader.status.saving"));
        getElement().setAttribute("data-offline-label", getTranslation("reader.page-status.offline"));
        getElement().setAttribute("data-signed-out-label", getTranslation("reader.status.signed-out"));
        text.addClassName("save-status-text");
        text.getElement().setAttribute("aria-live", "polite");
        add(text);
        tracker.addListener(this::update);
        update();
    }

    private void update() {
        var overall = tracker.overall();
        var last = tracker.lastSavedAt();
        // as markup, not a text node: one node less for every answer of an open page
        new Markup()
                .text(
                        switch (overall) {
                            case IDLE -> getTranslation("reader.page-status.idle");
                            case SAVED -> getTranslation("reader.page-status.saved", format.when(last));
                            case SAVING -> getTranslation("reader.status.saving");
                            case REPLACED ->
                                getTranslation("reader.page-status.replaced", format.when(tracker.lastReplacedAt()));
                            case REJECTED -> getTranslation("reader.page-status.rejected");
                            case RETRYING -> getTranslation("reader.page-status.retrying");
                            case CONFLICT -> getTranslation("reader.page-status.conflict");
                        })
                .into(text);
        setClassName("problem", overall.compareTo(SaveTracker.Overall.SAVING) > 0);
        setClassName("replaced", overall == SaveTracker.Overall.REPLACED);
        if (overall == SaveTracker.Overall.RETRYING && retry == null) {
            retry = new Button(getTranslation("reader.status.retry"), event -> tracker.retryAll());
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            add(retry);
        }
        if (retry != null) {
            retry.setVisible(overall == SaveTracker.Overall.RETRYING);
        }
        ConnectionWatch.answered(this);
    }
}
