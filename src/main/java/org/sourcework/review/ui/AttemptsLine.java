package org.sourcework.review.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sourcework.lessons.ChoiceQuestion;
import org.sourcework.lessons.Option;
import org.sourcework.lessons.Question;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;

/**
 * "Attempts: B, then C": the answers a student checked before submitting, by the options' letters
 * (A for the first option) with a key to the letters, so an instructor sees who got there by guessing.
 */
final class AttemptsLine extends Paragraph {

    private static final int KEY_LENGTH = 40;

    private AttemptsLine(String attempts, String key) {
        var line = new Span(attempts);
        line.addClassName("answer-attempts-line");
        var legend = new Span(key);
        legend.addClassName("answer-attempts-key");
        add(line, legend);
        addClassName("answer-attempts");
    }

    /** The line for a choice answer checked at least once; nothing otherwise. */
    static Optional<AttemptsLine> of(Question question, List<ChoiceAnswer> attempts) {
        if (!(question instanceof ChoiceQuestion choice) || attempts.isEmpty()) {
            return Optional.empty();
        }
        var options = choice.options();
        Map<String, Option> used = new LinkedHashMap<>();
        var tries = attempts.stream()
                .map(attempt -> attempt.optionIds().stream()
                        .map(id -> {
                            int index = indexOf(options, id);
                            var letter = index < 0 ? "?" : String.valueOf((char) ('A' + index));
                            if (index >= 0) {
                                used.putIfAbsent(letter, options.get(index));
                            }
                            return letter;
                        })
                        .collect(Collectors.joining("+")))
                .toList();
        var any = new Span();
        var then = any.getTranslation("review.answer.attempts-then") + " ";
        var key = used.entrySet().stream()
                .map(entry -> entry.getKey() + " = " + shorten(entry.getValue().text()))
                .collect(Collectors.joining("; "));
        return Optional.of(new AttemptsLine(
                any.getTranslation("review.answer.attempts", String.join(then, tries)), " (" + key + ")"));
    }

    private static int indexOf(List<Option> options, String id) {
        for (int index = 0; index < options.size(); index++) {
            if (options.get(index).id().equals(id)) {
                return index;
            }
        }
        return -1;
    }

    private static String shorten(String text) {
        var plain = text.strip();
        return plain.length() <= KEY_LENGTH
                ? plain
                : plain.substring(0, KEY_LENGTH).strip() + "…";
    }
}
