package org.sourcework.responses.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.ui.Autosaver;
import org.sourcework.responses.AnswerLimits;

/**
 * A text answer field: a character counter, one maximum length, the value sent to the server once
 * typing pauses and when the field is left, a copy kept in the browser until saved,
 * and an offer to restore text the server never got.
 */
final class AnswerTextArea extends Div {

    private final TextArea area = new TextArea();
    private final int maxLength;
    private final String backupKey;
    private final @Nullable String hint;
    private boolean showing;

    /** @param maxLength the question's limit; capped at what the service and the database accept */
    AnswerTextArea(int maxLength, int minRows, String backupKey, @Nullable String hint, Runnable edited) {
        this.maxLength = AnswerLimits.ofText(maxLength);
        this.backupKey = backupKey;
        this.hint = hint;
        addClassName("answer-text");
        area.setWidthFull();
        area.setMaxLength(this.maxLength);
        area.setMinRows(minRows);
        area.setManualValidation(true);
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(Autosaver.TYPING_PAUSE_MILLIS);
        area.addValueChangeListener(event -> {
            count();
            if (!showing) {
                area.setInvalid(false);
                edited.run();
            }
        });
        area.addBlurListener(event -> edited.run());
        count();
        add(area);
    }

    TextArea field() {
        return area;
    }

    String value() {
        return area.getValue();
    }

    void loadText(String text) {
        showing = true;
        try {
            area.setValue(text);
        } finally {
            showing = false;
        }
    }

    void setReadOnly(boolean readOnly) {
        area.setReadOnly(readOnly);
    }

    void showRejected(String message) {
        area.setErrorMessage(message);
        area.setInvalid(true);
    }

    void watch(LocalBackup backup) {
        backup.watch(area, backupKey);
        // the counter follows each keystroke in the browser; the server's count follows each sync
        area.getElement().executeJs("""
                const template = $0, max = $1;
                this.addEventListener('input', () => {
                  this.helperText = template.replace('{0}', this.value.length).replace('{1}', max);
                });
                """, counterText("{0}", "{1}"), String.valueOf(maxLength));
    }

    void saved(LocalBackup backup, String savedText) {
        backup.forget(area, backupKey, savedText);
    }

    /** Shows the browser's copy when it differs from what the server has. */
    void offerBackup(LocalBackup backup, Runnable restored) {
        backup.recall(area, backupKey, text -> {
            if (text.equals(area.getValue())) {
                backup.discard(area, backupKey);
            } else if (!text.isBlank() && !area.isReadOnly()) {
                addComponentAsFirst(new RestoreOffer(
                        text,
                        () -> {
                            area.setValue(text.length() > maxLength ? text.substring(0, maxLength) : text);
                            restored.run();
                        },
                        () -> backup.discard(area, backupKey)));
            }
        });
    }

    private void count() {
        area.setHelperText(counterText(String.valueOf(area.getValue().length()), String.valueOf(maxLength)));
    }

    private String counterText(String count, String max) {
        var counter = getTranslation("reader.text.counter", count, max);
        return hint == null ? counter : hint + " " + counter;
    }
}
