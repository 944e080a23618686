package org.sourcework.responses.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Consumer;

/**
 * A copy of what the student types, kept in the browser's localStorage until the server has it, so
 * that text typed while the network or the session was lost can be offered back. Keys hold the
 * user's id, so a shared Chromebook never offers one student another's text.
 */
final class LocalBackup {

    private final String prefix;

    LocalBackup(long userId, long assignmentId) {
        this.prefix = "sourcework:" + userId + ":" + assignmentId + ":";
    }

    /** Copies every keystroke of the field to the browser, and shows "Saving…" until the server answers. */
    void watch(Component field, String key) {
        field.getElement().executeJs("""
                const key = $0;
                this.addEventListener('input', () => {
                  try { localStorage.setItem(key, JSON.stringify({text: this.value, at: Date.now()})); } catch (e) {}
                  const card = this.closest('.question-card');
                  const statuses = [card && card.querySelector('.save-status'), document.querySelector('.page-save-status')];
                  statuses.forEach(status => status && status.setAttribute('data-typing', ''));
                });
                """, prefix + key);
    }

    /** The server has this text: the copy is no longer needed (unless the student typed on meanwhile). */
    void forget(Component field, String key, String savedText) {
        field.getElement().executeJs("""
                try {
                  const raw = localStorage.getItem($0);
                  if (raw && JSON.parse(raw).text === $1) localStorage.removeItem($0);
                } catch (e) { localStorage.removeItem($0); }
                """, prefix + key, savedText);
    }

    void discard(Component field, String key) {
        field.getElement().executeJs("try { localStorage.removeItem($0); } catch (e) {}", prefix + key);
    }

    /** Hands over the text kept for this key, if there is any. */
    void recall(Component field, String key, Consumer<String> whenFound) {
        field.getElement().executeJs("""
                try {
                  const raw = localStorage.getItem($0);
                  return raw ? JSON.parse(raw).text : null;
                } catch (e) { return null; }
                """, prefix + key).then(String.class, text -> {
            if (text != null) {
                whenFound.accept(text);
            }
        });
    }
}
