package org.sourcework.responses.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.shared.HasValidationProperties;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcework.lessons.Evidence;
import org.sourcework.lessons.Sentence;
import org.sourcework.lessons.ui.SourceText;
import org.sourcework.responses.AnswerValue;
import org.sourcework.responses.AnswerValue.EvidenceAnswer;

/**
 * Choose sentences of the section: from a list (the keyboard way) or by clicking them in the
 * text. The chosen sentences are highlighted in the text.
 */
final class EvidenceEditor extends AnswerEditor {

    private static final int LABEL_LENGTH = 90;

    private final Evidence question;
    private final @Nullable SourceText source;
    private final @Nullable RadioButtonGroup<Integer> single;
    private final @Nullable CheckboxGroup<Integer> several;
    private boolean readOnly;

    EvidenceEditor(
            Evidence question,
            List<Sentence> sentences,
            AnswerSaver saver,
            @Nullable SourceText source,
            String promptId) {
        super(saver);
        this.question = question;
        this.source = source;
        addClassName("evidence-editor");
        Map<Integer, String> labels = sentences.stream()
                .collect(Collectors.toMap(
                        Sentence::number,
                        sentence -> getTranslation(
                                "reader.evidence.sentence", sentence.number(), shorten(sentence.text()))));
        Function<Integer, String> label = number -> labels.getOrDefault(number, String.valueOf(number));
        var numbers = sentences.stream().map(Sentence::number).toList();
        if (question.maxSelect() == 1) {
            single = new RadioButtonGroup<>();
            single.setItems(numbers);
            single.setItemLabelGenerator(label::apply);
            several = null;
            configure(single, promptId, numbers);
            single.addValueChangeListener(event -> {
                if (byStudent()) {
                    changed(event.getValue() == null ? Set.of() : Set.of(event.getValue()));
                }
            });
        } else {
            several = new CheckboxGroup<>();
            several.setItems(numbers);
            several.setItemLabelGenerator(label::apply);
            single = null;
            configure(several, promptId, numbers);
            several.addValueChangeListener(event -> {
                if (byStudent()) {
                    changed(event.getValue());
                }
            });
        }
        if (source != null) {
            source.onSentenceClick(this::toggle);
        }
    }

    private void configure(AbstractSinglePropertyField<?, ?> group, String promptId, List<Integer> numbers) {
        group.addClassName("evidence-list");
        // the option in position i is sentence numbers[i]: focusing it brings that sentence into view
        group.getElement()
                .setAttribute(
                        "data-sentences", numbers.stream().map(String::valueOf).collect(Collectors.joining(",")));
        group.getElement().setAttribute("aria-labelledby", promptId);
        group.getElement()
                .setProperty(
                        "helperText",
                        getTranslation(
                                question.maxSelect() == 1 ? "reader.evidence.hint-one" : "reader.evidence.hint-several",
                                question.maxSelect()));
        group.getElement().getThemeList().add("vertical");
        add(group);
    }

    /** A click on a sentence in the text: choose it, or un-choose it. */
    void toggle(int number) {
        if (readOnly) {
            return;
        }
        var chosen = new TreeSet<>(chosen());
        if (!chosen.remove(number)) {
            if (single != null) {
                chosen.clear();
            }
            chosen.add(number);
        }
        display(chosen);
        changed(chosen);
    }

    private void changed(Set<Integer> chosen) {
        var field = (HasValidationProperties) (single != null ? single : several);
        if (chosen.size() > question.maxSelect()) {
            field.setErrorMessage(getTranslation("reader.evidence.too-many", question.maxSelect()));
            field.setInvalid(true);
            highlight(chosen);
            return;
        }
        field.setInvalid(false);
        highlight(chosen);
        saver.save(new EvidenceAnswer(List.copyOf(new TreeSet<>(chosen))));
    }

    private Set<Integer> chosen() {
        if (single != null) {
            return single.getValue() == null ? Set.of() : Set.of(single.getValue());
        }
        return several == null ? Set.of() : new HashSet<>(several.getValue());
    }

    private void display(Set<Integer> chosen) {
        quietly(() -> {
            if (single != null) {
                single.setValue(chosen.isEmpty() ? null : chosen.iterator().next());
            } else if (several != null) {
                several.setValue(chosen);
            }
        });
        highlight(chosen);
    }

    private void highlight(Set<Integer> chosen) {
        if (source != null) {
            source.highlight(chosen);
        }
    }

    @Override
    void loadAnswer(@Nullable AnswerValue value) {
        display(value instanceof EvidenceAnswer(List<Integer> sentences) ? new HashSet<>(sentences) : Set.of());
    }

    @Override
    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        if (single != null) {
            single.setReadOnly(readOnly);
        }
        if (several != null) {
            several.setReadOnly(readOnly);
        }
    }

    @Override
    void showRejected(String message) {
        var field = (HasValidationProperties) (single != null ? single : several);
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private static String shorten(String text) {
        if (text.length() <= LABEL_LENGTH) {
            return text;
        }
        var cut = text.lastIndexOf(' ', LABEL_LENGTH);
        return text.substring(0, cut > LABEL_LENGTH / 2 ? cut : LABEL_LENGTH).strip() + "…";
    }
}
