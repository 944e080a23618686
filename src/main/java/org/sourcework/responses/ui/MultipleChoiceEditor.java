package org.sourcework.responses.ui;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.ui.ChoiceField;
import org.sourcework.lessons.MultipleChoice;
import org.sourcework.lessons.Option;
import org.sourcework.responses.AnswerValue;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;

/** Any number of options, as checkboxes. */
final class MultipleChoiceEditor extends AnswerEditor {

    private final MultipleChoice question;
    private final ChoiceField group;
    private final ChoiceFeedback feedback;

    MultipleChoiceEditor(MultipleChoice question, AnswerSaver saver, ReaderContext context, String promptId) {
        super(saver);
        this.question = question;
        this.feedback = new ChoiceFeedback(context, question, this::inOrder);
        group = new ChoiceField(true, ChoiceEditors.choices(question.options()))
                .group("class", "choice-group")
                .group("accessible-name-ref", promptId);
        if (!question.prompt().toLowerCase(Locale.ROOT).contains("all that apply")) {
            group.group("helper-text", getTranslation("reader.choice.all-that-apply"));
        }
        group.onChange(chosen -> {
            group.setError(null);
            saver.save(new ChoiceAnswer(chosen));
            feedback.changed();
        });
        add(group, feedback);
    }

    private List<Option> inOrder() {
        return ChoiceEditors.chosen(question.options(), group);
    }

    @Override
    void loadAnswer(@Nullable AnswerValue value) {
        group.setValue(value instanceof ChoiceAnswer choice ? choice.optionIds() : List.of());
        feedback.shown();
    }

    @Override
    void setReadOnly(boolean readOnly) {
        group.setReadOnly(readOnly);
    }

    @Override
    void showRejected(String message) {
        group.setError(message);
    }
}
