package org.sourcework.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * A line that tells a student or an instructor whether their work is saved, read out politely by screen
 * readers, with a Retry button that is made only when a save first needs it: most lines never do, and every
 * component is kept for as long as the session. The browser shows the typing, offline and signed-out texts
 * from the line's data attributes (see {@link ConnectionWatch}).
 */
public abstract class StatusWithRetry extends Div {

    private final Span text = new Span();
    private @Nullable Button retry;

    protected StatusWithRetry(String className, String typingKey, String offlineKey, String signedOutKey) {
        addClassName(className);
        getElement().setAttribute("data-typing-label", getTranslation(typingKey));
        getElement().setAttribute("data-offline-label", getTranslation(offlineKey));
        getElement().setAttribute("data-signed-out-label", getTranslation(signedOutKey));
        text.addClassName("save-status-text");
        text.getElement().setAttribute("aria-live", "polite");
        add(text);
    }

    /** The Retry button, with its words and action; called once, when a save first waits for a retry. */
    protected abstract Button newRetryButton();

    /** Shows the line's sentence, and the Retry button only while {@code retrying}. */
    protected final void show(String sentence, boolean retrying) {
        // as markup, not a text node: one node less for every answer of an open page
        new Markup().text(sentence).into(text);
        if (retrying && retry == null) {
            retry = newRetryButton();
            add(retry);
        }
        if (retry != null) {
            retry.setVisible(retrying);
        }
        ConnectionWatch.answered(this);
    }
}
