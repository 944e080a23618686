package org.sourcework.responses.ui;

import org.jspecify.annotations.Nullable;
import org.sourcework.lessons.ExtendedText;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.ShortText;
import org.sourcework.responses.AnswerValue;
import org.sourcework.responses.AnswerValue.TextAnswer;

/** A short or an extended answer in the student's own words. */
final class TextAnswerEditor extends AnswerEditor {

    private final AnswerTextArea text;

    TextAnswerEditor(Question question, AnswerSaver saver, LocalBackup backup, String promptId) {
        super(saver);
        int maxLength = question instanceof ExtendedText extended
                ? extended.maxLength()
                : question instanceof ShortText shortText ? shortText.maxLength() : ShortText.DEFAULT_MAX_LENGTH;
        text = new AnswerTextArea(
                maxLength,
                question instanceof ExtendedText ? 8 : 3,
                question.id(),
                null,
                () -> saver.save(new TextAnswer(textValue())));
        text.field().setAriaLabelledBy(promptId);
        saver.addSavedListener(answer -> {
            if (answer.value() instanceof TextAnswer(String saved)) {
                text.saved(backup, saved);
            }
        });
        add(text);
    }

    private String textValue() {
        return text.value();
    }

    @Override
    void loadAnswer(@Nullable AnswerValue value) {
        text.loadText(value instanceof TextAnswer(String stored) ? stored : "");
    }

    @Override
    void setReadOnly(boolean readOnly) {
        text.setReadOnly(readOnly);
    }

    @Override
    void showRejected(String message) {
        text.showRejected(message);
    }

    @Override
    void keepInBrowser(LocalBackup backup) {
        text.watch(backup);
        text.offerBackup(backup, () -> saver.save(new TextAnswer(textValue())));
    }
}
