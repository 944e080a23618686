package org.sourcework.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Retries the failed saves of a screen's {@link Autosaver}s, the reader's answers and the grading
 * screens' feedback alike: while one of them is retrying, the browser is asked to check in every two
 * seconds (Vaadin polling, on only then), and each check retries what is due. No server thread waits.
 */
public final class RetryPolling {

    private static final int POLL_MILLIS = 2000;

    private final List<Autosaver<?, ?>> savers = new ArrayList<>();
    private @Nullable UI ui;
    private @Nullable Registration poll;

    /** Watches the saver; again after its listeners were cleared, without counting it twice. */
    public void add(Autosaver<?, ?> saver) {
        if (!savers.contains(saver)) {
            savers.add(saver);
        }
        saver.addChangeListener(this::update);
        update();
    }

    public void remove(Autosaver<?, ?> saver) {
        savers.remove(saver);
        update();
    }

    public void clear() {
        savers.clear();
        update();
    }

    /** The savers still holding a value the server does not have, or refused, or waiting for a choice. */
    public List<Autosaver<?, ?>> unsaved() {
        return savers.stream()
                .filter(saver -> saver.hasUnsavedValue()
                        || saver.state() == Autosaver.State.REJECTED
                        || saver.state() == Autosaver.State.CONFLICT)
                .toList();
    }

    public void attach(UI attachedTo) {
        detach();
        ui = attachedTo;
        poll = attachedTo.addPollListener(event -> List.copyOf(savers).forEach(Autosaver::retryIfDue));
        update();
    }

    public void detach() {
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        if (ui != null) {
            ui.setPollInterval(-1);
            ui = null;
        }
    }

    private void update() {
        if (ui != null) {
            var retrying = savers.stream().anyMatch(saver -> saver.state() == Autosaver.State.RETRYING);
            ui.setPollInterval(retrying ? POLL_MILLIS : -1);
        }
    }
}
