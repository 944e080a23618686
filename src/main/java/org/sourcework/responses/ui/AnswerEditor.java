package org.sourcework.responses.ui;

import com.vaadin.flow.component.html.Div;
import org.jspecify.annotations.Nullable;
import org.sourcework.responses.AnswerValue;

/**
 * The input for one question. Saves only what the student changed (never a value it was given to
 * show), through its {@link AnswerSaver}.
 */
abstract class AnswerEditor extends Div {

    protected final AnswerSaver saver;

    AnswerEditor(AnswerSaver saver) {
        this.saver = saver;
        addClassName("answer-editor");
    }

    /** Shows a stored answer, or a newer one from another tab, without saving it. */
    abstract void loadAnswer(@Nullable AnswerValue value);

    abstract void setReadOnly(boolean readOnly);

    /** Shows why the answer was refused, beside the input; what the student typed stays. */
    abstract void showRejected(String message);

    /**
     * Keeps a copy of typed text in the browser until it is saved, and offers back text the server
     * never got. Text editors only; called when the answer can still be changed.
     */
    void keepInBrowser(LocalBackup backup) {}
}
