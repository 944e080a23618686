package org.sourcework.responses.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcework.lessons.MultipleChoice;
import org.sourcework.lessons.Option;
import org.sourcework.responses.AnswerValue;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;

/** Any number of options, as checkboxes. */
final class MultipleChoiceEditor extends AnswerEditor {

    private final MultipleChoice question;
    private final CheckboxGroup<Option> group = new CheckboxGroup<>();
    private final ChoiceFeedback feedback;

    MultipleChoiceEditor(MultipleChoice question, AnswerSaver saver, ReaderContext context, String promptId) {
        super(saver);
        this.question = question;
        this.feedback = new ChoiceFeedback(context, question, this::inOrder);
        group.addClassName("choice-group");
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        group.setItems(question.options());
        group.setItemLabelGenerator(Option::text);
        group.setAriaLabelledBy(promptId);
        if (!question.prompt().toLowerCase(java.util.Locale.ROOT).contains("all that apply")) {
            group.setHelperText(getTranslation("reader.choice.all-that-apply"));
        }
        group.addValueChangeListener(event -> {
            if (byStudent()) {
                group.setInvalid(false);
                saver.save(new ChoiceAnswer(inOrder().stream().map(Option::id).toList()));
                feedback.changed();
            }
        });
        add(group, feedback);
    }

    private List<Option> inOrder() {
        return question.options().stream().filter(group.getValue()::contains).toList();
    }

    @Override
    void loadAnswer(@Nullable AnswerValue value) {
        var ids = value instanceof ChoiceAnswer choice ? choice.optionIds() : List.<String>of();
        quietly(() -> group.setValue(question.options().stream()
                .filter(option -> ids.contains(option.id()))
                .collect(java.util.stream.Collectors.toSet())));
        feedback.shown();
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
