package org.sourcework.responses.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Whether one answer is saved: "Saved at 10:42", "Saving…", "Not saved, retrying" with a retry button. */
final class SaveStatusLine extends Div {

    private final AnswerSaver saver;
    private final ReaderFormat format;
    private final Span text = new Span();
    private final Button retry = new Button();

    SaveStatusLine(AnswerSaver saver, ReaderFormat format) {
        this.saver = saver;
        this.format = format;
        addClassName("save-status");
        getElement().setAttribute("data-typing-label", getTranslation("reader.status.saving"));
        text.addClassName("save-status-text");
        text.getElement().setAttribute("aria-live", "polite");
        retry.setText(getTranslation("reader.status.retry"));
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        retry.addClickListener(event -> saver.retry());
        add(text, retry);
        saver.addChangeListener(this::update);
        update();
    }

    private void update() {
        var state = saver.state();
        text.setText(switch (state) {
            case EMPTY -> getTranslation("reader.status.empty");
            case SAVED -> getTranslation("reader.status.saved", format.when(saver.savedAt()));
            case SAVING -> getTranslation("reader.status.saving");
            case RETRYING -> getTranslation("reader.status.retrying");
            case FAILED -> getTranslation("reader.status.failed");
            case REJECTED -> getTranslation("reader.status.rejected");
            case CONFLICT -> getTranslation("reader.status.conflict");
        });
        setClassName("problem", state == AnswerSaver.State.RETRYING || state == AnswerSaver.State.FAILED
                || state == AnswerSaver.State.REJECTED || state == AnswerSaver.State.CONFLICT);
        setClassName("saved", state == AnswerSaver.State.SAVED);
        retry.setVisible(state == AnswerSaver.State.RETRYING || state == AnswerSaver.State.FAILED);
        getElement().executeJs("this.removeAttribute('data-typing')");
    }
}
