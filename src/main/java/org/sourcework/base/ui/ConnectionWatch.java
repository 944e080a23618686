package org.sourcework.base.ui;

import com.vaadin.flow.component.Component;
import org.sourcework.security.AccountChange;

/**
 * What only the browser can notice: a server that does not answer at all (restarting, or the
 * network gone). While typed text has not reached the server for a few seconds and the connection is
 * lost or a request hangs, every "Saving…" on the page turns into "Not saved yet — the server is not
 * answering" (the status's {@code data-offline-label}). And when the session is gone, the sign-in
 * notice says whether the server was restarted (it then hands out a new instance cookie, see
 * {@link ServerInstanceCookie}), an administrator's change to the account ended it (the cookie of
 * {@link AccountChange}), or the person was signed out after a long pause.
 */
public final class ConnectionWatch {

    /** How long a request may go unanswered before the page says the server is not answering. */
    static final int PATIENCE_MILLIS = 5000;

    /** The browser's own wait before it sends typed text (the text fields' lazy mode), with a margin. */
    static final int SEND_DELAY_MILLIS = 2500;

    private static final String SCRIPT = """
            if (window.__swConnectionWatch) return;
            window.__swConnectionWatch = true;
            const patience = $0, sendDelay = $1, cookieName = $2, restarted = $3;
            const changeCookie = $4, changed = {DISABLED: $5, CHANGED: $6};
            const cookie = name => (document.cookie.split('; ').find(c => c.startsWith(name + '=')) || '')
                .substring(name.length + 1);
            const instance = () => cookie(cookieName);
            const startedWith = instance();
            let busySince = null;
            window.__swLastInput = 0;
            document.addEventListener('input', () => window.__swLastInput = Date.now(), true);
            const lost = () => ['reconnecting', 'connection-lost'].includes(window.Vaadin?.connectionState?.state);
            const busy = () => Object.values(window.Vaadin?.Flow?.clients || {}).some(c => c.isActive && c.isActive());
            setInterval(() => {
              const now = Date.now();
              busySince = busy() ? (busySince ?? now) : null;
              if (now - window.__swLastInput < sendDelay) return;
              const unanswered = lost() || (busySince !== null && now - busySince > patience);
              document.querySelectorAll('[data-typing]').forEach(status => {
                if (unanswered) {
                  status.setAttribute('data-offline', '');
                } else if (busySince === null) {
                  // everything sent has been answered: what the server shows is the truth
                  status.removeAttribute('data-typing');
                  status.removeAttribute('data-offline');
                }
              });
            }, 500);
            new MutationObserver(() => {
              const notice = document.querySelector('.v-system-error:not([data-cause])');
              if (notice) {
                const restart = instance() && instance() !== startedWith;
                const change = changed[cookie(changeCookie)];
                notice.setAttribute('data-cause', change ? 'account' : restart ? 'restart' : 'pause');
                const caption = notice.querySelector('.caption');
                if (change && caption) caption.textContent = change;
                else if (restart && caption) caption.textContent = restarted;
                if (change) document.cookie = changeCookie + '=; Max-Age=0; path=/';
                // what was on its way to the server will not arrive now
                document.querySelectorAll('[data-typing]').forEach(status => status.setAttribute('data-signed-out', ''));
                notice.setAttribute('role', 'alert');
                notice.tabIndex = 0;
                notice.focus();
              }
            }).observe(document.body, {childList: true});
            """;

    private ConnectionWatch() {}

    /** Starts watching, once per page; the layout of every signed-in view calls it. */
    static void install(Component onPage) {
        onPage.getElement()
                .executeJs(
                        SCRIPT,
                        PATIENCE_MILLIS,
                        SEND_DELAY_MILLIS,
                        ServerInstanceCookie.NAME,
                        onPage.getTranslation("signed-out.restart"),
                        AccountChange.COOKIE,
                        onPage.getTranslation("signed-out.disabled"),
                        onPage.getTranslation("signed-out.changed"));
    }

    /** The server has answered for this status: its text is the truth again. */
    public static void answered(Component status) {
        status.getElement().executeJs("this.removeAttribute('data-typing'); this.removeAttribute('data-offline')");
    }
}
