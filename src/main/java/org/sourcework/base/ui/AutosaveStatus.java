package org.sourcework.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Whether one piece of work is saved: "Saved at 10:42", "Saving…", "Not saved yet, the server cannot
 * save it right now" with a retry button. The texts are the translations {@code <prefix>.empty},
 * {@code .saving}, {@code .saved}, {@code .retrying}, {@code .rejected}, {@code .conflict},
 * {@code .replaced} and {@code .retry}, and {@code .offline} for a server that does not answer at all
 * and {@code .signed-out} for a session gone, which only the browser can notice (see
 * {@link ConnectionWatch}).
 */
public class AutosaveStatus extends Div {

    private final Autosaver<?, ?> saver;
    private final Function<Instant, String> when;
    private final String prefix;
    private final Span text = new Span();
    // made when first needed: most answers never need it, and every component is kept per session
    private @Nullable Button retry;
    private Function<Instant, String> replaced;

    public AutosaveStatus(Autosaver<?, ?> saver, Function<Instant, String> when, String prefix) {
        this.saver = saver;
        this.when = when;
        this.prefix = prefix;
        this.replaced = at -> getTranslation(prefix + ".replaced", when.apply(at));
        addClassName("save-status");
        getElement().setAttribute("data-typing-label", getTranslation(prefix + ".saving"));
        getElement().setAttribute("data-offline-label", getTranslation(prefix + ".offline"));
        getElement().setAttribute("data-signed-out-label", getTranslation(prefix + ".signed-out"));
        text.addClassName("save-status-text");
        text.getElement().setAttribute("aria-live", "polite");
        add(text);
        saver.addChangeListener(this::update);
        update();
    }

    /** Says who replaced the value, when the prefix's one sentence does not fit every case. */
    public void describeReplacement(Function<Instant, String> text) {
        replaced = text;
        update();
    }

    private void update() {
        var state = saver.state();
        // as markup, not a text node: one node less for every answer of an open page
        new Markup()
                .text(
                        switch (state) {
                            case EMPTY -> getTranslation(prefix + ".empty");
                            case SAVED -> getTranslation(prefix + ".saved", when.apply(saver.savedAt()));
                            case SAVING -> getTranslation(prefix + ".saving");
                            case RETRYING -> getTranslation(prefix + ".retrying");
                            case REJECTED -> getTranslation(prefix + ".rejected");
                            case CONFLICT -> getTranslation(prefix + ".conflict");
                            case REPLACED -> replaced.apply(saver.replacedAt());
                        })
                .into(text);
        setClassName(
                "problem",
                state == Autosaver.State.RETRYING
                        || state == Autosaver.State.REJECTED
                        || state == Autosaver.State.CONFLICT);
        setClassName("replaced", state == Autosaver.State.REPLACED);
        setClassName("saved", state == Autosaver.State.SAVED);
        if (state == Autosaver.State.RETRYING && retry == null) {
            retry = new Button(getTranslation(prefix + ".retry"), event -> saver.retry());
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
            add(retry);
        }
        if (retry != null) {
            retry.setVisible(state == Autosaver.State.RETRYING);
        }
        ConnectionWatch.answered(this);
    }
}
