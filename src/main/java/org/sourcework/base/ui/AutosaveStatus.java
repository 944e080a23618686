package org.sourcework.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.time.Instant;
import java.util.function.Function;

/**
 * Whether one piece of work is saved: "Saved at 10:42", "Saving…", "Not saved yet, the server cannot
 * save it right now" with a retry button. The texts are the translations {@code <prefix>.empty},
 * {@code .saving}, {@code .saved}, {@code .retrying}, {@code .rejected}, {@code .conflict},
 * {@code .replaced} and {@code .retry}, and {@code .offline} for a server that does not answer at all
 * and {@code .signed-out} for a session gone, which only the browser can notice (see
 * {@link ConnectionWatch}).
 */
public class AutosaveStatus extends StatusWithRetry {

    private final Autosaver<?, ?> saver;
    private final Function<Instant, String> when;
    private final String prefix;
    private Function<Instant, String> replaced;

    public AutosaveStatus(Autosaver<?, ?> saver, Function<Instant, String> when, String prefix) {
        super("save-status", prefix + ".saving", prefix + ".offline", prefix + ".signed-out");
        this.saver = saver;
        this.when = when;
        this.prefix = prefix;
        this.replaced = at -> getTranslation(prefix + ".replaced", when.apply(at));
        saver.addChangeListener(this::update);
        update();
    }

    /** Says who replaced the value, when the prefix's one sentence does not fit every case. */
    public void describeReplacement(Function<Instant, String> text) {
        replaced = text;
        update();
    }

    @Override
    protected Button newRetryButton() {
        var retry = new Button(getTranslation(prefix + ".retry"), event -> saver.retry());
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        return retry;
    }

    private void update() {
        var state = saver.state();
        setClassName(
                "problem",
                state == Autosaver.State.RETRYING
                        || state == Autosaver.State.REJECTED
                        || state == Autosaver.State.CONFLICT);
        setClassName("replaced", state == Autosaver.State.REPLACED);
        setClassName("saved", state == Autosaver.State.SAVED);
        show(
                switch (state) {
                    case EMPTY -> getTranslation(prefix + ".empty");
                    case SAVED -> getTranslation(prefix + ".saved", when.apply(saver.savedAt()));
                    case SAVING -> getTranslation(prefix + ".saving");
                    case RETRYING -> getTranslation(prefix + ".retrying");
                    case REJECTED -> getTranslation(prefix + ".rejected");
                    case CONFLICT -> getTranslation(prefix + ".conflict");
                    case REPLACED -> replaced.apply(saver.replacedAt());
                },
                state == Autosaver.State.RETRYING);
    }
}
