package org.sourcework.responses.ui;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.ui.ChoiceField;
import org.sourcework.lessons.Option;
import org.sourcework.lessons.SingleChoice;
import org.sourcework.responses.AnswerValue;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;

/** One option out of several, as radio buttons. */
final class SingleChoiceEditor extends AnswerEditor {

    private final SingleChoice question;
    private final ChoiceField group;
    private final ChoiceFeedback feedback;

    SingleChoiceEditor(SingleChoice question, AnswerSaver saver, ReaderContext context, String promptId) {
        super(saver);
        this.question = question;
        this.feedback = new ChoiceFeedback(context, question, this::chosen);
        group = new ChoiceField(false, ChoiceEditors.choices(question.options()))
                .group("class", "choice-group")
                .group("accessible-name-ref", promptId);
        group.onChange(chosen -> {
            group.setError(null);
            saver.save(new ChoiceAnswer(chosen));
            feedback.changed();
        });
        add(group, feedback);
    }

    @Override
    void loadAnswer(@Nullable AnswerValue value) {
        var ids = value instanceof ChoiceAnswer choice ? choice.optionIds() : List.<String>of();
        group.setValue(ids);
        feedback.shown();
    }

    private List<Option> chosen() {
        return ChoiceEditors.chosen(question.options(), group);
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
