package org.sourcework.responses.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.ui.ChoiceField;
import org.sourcework.base.ui.ChoiceField.Choice;
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
    private final ChoiceField list;
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
        var choices = sentences.stream()
                .map(sentence -> new Choice(
                        String.valueOf(sentence.number()),
                        getTranslation("reader.evidence.sentence", sentence.number(), shorten(sentence.text()))))
                .toList();
        list = new ChoiceField(question.maxSelect() != 1, choices)
                .group("class", "evidence-list")
                // the option in position i is sentence numbers[i]: focusing it brings that sentence into view
                .group(
                        "data-sentences",
                        sentences.stream()
                                .map(sentence -> String.valueOf(sentence.number()))
                                .collect(Collectors.joining(",")))
                .group("accessible-name-ref", promptId)
                .group(
                        "helper-text",
                        getTranslation(
                                question.maxSelect() == 1 ? "reader.evidence.hint-one" : "reader.evidence.hint-several",
                                question.maxSelect()));
        list.onChange(values -> changed(numbers(values)));
        add(list);
        if (source != null) {
            source.onSentenceClick(this::toggle);
        }
    }

    /** A click on a sentence in the text: choose it, or un-choose it. */
    void toggle(int number) {
        if (readOnly) {
            return;
        }
        var chosen = new TreeSet<>(numbers(list.getValue()));
        if (!chosen.remove(number)) {
            if (question.maxSelect() == 1) {
                chosen.clear();
            }
            chosen.add(number);
        }
        display(chosen);
        changed(chosen);
    }

    /**
     * Saves the sentences chosen. Too many are sent too: the server refuses them with the message the list
     * then shows, so the question and the page say "Not saved" until one is taken away.
     */
    private void changed(Set<Integer> chosen) {
        highlight(chosen);
        list.setError(null);
        saver.save(new EvidenceAnswer(List.copyOf(new TreeSet<>(chosen))));
    }

    private static Set<Integer> numbers(List<String> values) {
        return values.stream().map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }

    private void display(Set<Integer> chosen) {
        list.setValue(chosen.stream().map(String::valueOf).toList());
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
        list.setReadOnly(readOnly);
    }

    @Override
    void showRejected(String message) {
        list.setError(message);
    }

    private static String shorten(String text) {
        if (text.length() <= LABEL_LENGTH) {
            return text;
        }
        var cut = text.lastIndexOf(' ', LABEL_LENGTH);
        return text.substring(0, cut > LABEL_LENGTH / 2 ? cut : LABEL_LENGTH).strip() + "…";
    }
}
