package org.sourcework.base.ui;

import com.vaadin.flow.component.Component;
import java.time.Duration;

/**
 * Has a screen that edits saved work ask the server every few seconds what is stored now, so work
 * saved over in another window, or by another instructor, is noticed before the person types
 * again. The host declares {@code @ClientCallable void checkStored()}. No check is sent while the
 * person is typing: their text goes first, and meets a conflict if there is one. The checks also
 * keep the session of an open page alive; a session ends only when the page is closed or the
 * device sleeps.
 */
public final class StoredChecks {

    public static final Duration EVERY = Duration.ofSeconds(10);

    private StoredChecks() {}

    /** Starts the checks for as long as the host is on the page. */
    public static void install(Component host) {
        host.getElement().executeJs("""
                if (this.__swChecks) return;
                const host = this;
                host.__swChecks = setInterval(() => {
                  if (!host.isConnected) {
                    clearInterval(host.__swChecks);
                    host.__swChecks = null;
                  } else if (Date.now() - (window.__swLastInput || 0) > $1) {
                    host.$server.checkStored();
                  }
                }, $0);
                """, EVERY.toMillis(), ConnectionWatch.SEND_DELAY_MILLIS);
    }
}
