package org.sourcework.review.ui;

import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcework.lessons.Sentence;

/** Lets a comment point at one sentence of the question's section, by number with the start of its text. */
final class SentencePicker extends Select<Integer> {

    private static final int START_LENGTH = 60;

    private boolean showing;

    SentencePicker(List<Sentence> sentences, Runnable changed) {
        addClassName("sentence-picker");
        setLabel(getTranslation("review.sentence.label"));
        Map<Integer, String> labels = sentences.stream()
                .collect(Collectors.toMap(
                        Sentence::number,
                        sentence -> getTranslation("review.sentence.item", sentence.number(), start(sentence.text()))));
        Function<Integer, String> label =
                number -> number == null ? "" : labels.getOrDefault(number, String.valueOf(number));
        setItems(sentences.stream().map(Sentence::number).toList());
        setItemLabelGenerator(label::apply);
        setEmptySelectionAllowed(true);
        setEmptySelectionCaption(getTranslation("review.sentence.none"));
        setPlaceholder(getTranslation("review.sentence.none"));
        addValueChangeListener(event -> {
            setInvalid(false);
            if (!showing) {
                changed.run();
            }
        });
    }

    void selectSentence(@Nullable Integer sentence) {
        showing = true;
        try {
            setValue(sentence != null && getListDataView().contains(sentence) ? sentence : null);
        } finally {
            showing = false;
        }
    }

    void showRejected(String message) {
        setErrorMessage(message);
        setInvalid(true);
    }

    static String start(String text) {
        return start(text, START_LENGTH);
    }

    /** The text cut at a word before {@code length} characters, with an ellipsis when cut. */
    static String start(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        var cut = text.lastIndexOf(' ', length);
        return text.substring(0, cut > length / 2 ? cut : length).strip() + "…";
    }
}
