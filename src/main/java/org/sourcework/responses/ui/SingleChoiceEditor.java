package org.sourcework.responses.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcework.lessons.Option;
import org.sourcework.lessons.SingleChoice;
import org.sourcework.responses.AnswerValue;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;

/** One option out of several, as radio buttons. */
final class SingleChoiceEditor extends AnswerEditor {

    private final SingleChoice question;
    private final RadioButtonGroup<Option> group = new RadioButtonGroup<>();
    private final ChoiceFeedback feedback;

    SingleChoiceEditor(SingleChoice question, AnswerSaver saver, ReaderContext context, String promptId) {
        super(saver);
        this.question = question;
        this.feedback = new ChoiceFeedback(context, question, this::chosen);
        group.addClassName("choice-group");
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setItems(question.options());
        group.setItemLabelGenerator(Option::text);
        group.setAriaLabelledBy(promptId);
        group.addValueChangeListener(event -> {
            if (byStudent()) {
                group.setInvalid(false);
                var chosen = event.getValue();
                saver.save(new ChoiceAnswer(chosen == null ? List.of() : List.of(chosen.id())));
                feedback.changed();
            }
        });
        add(group, feedback);
    }

    @Override
    void loadAnswer(@Nullable AnswerValue value) {
        var ids = value instanceof ChoiceAnswer choice ? choice.optionIds() : List.<String>of();
        var chosen = question.options().stream()
                .filter(option -> ids.contains(option.id()))
                .findFirst()
                .orElse(null);
        quietly(() -> group.setValue(chosen));
        feedback.shown();
    }

    private List<Option> chosen() {
        return group.getValue() == null ? List.of() : List.of(group.getValue());
    }

    @Override
    void setReadOnly(boolean readOnly) {
        group.setReadOnly(readOnly);
    }

    @Override
    void showRejected(String message) {
        group.setErrorMessage(message);
        group.setInvalid(true);
    }
}
