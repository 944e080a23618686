package org.sourcework.responses.ui;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.sourcework.lessons.Evidence;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.Sentence;

/**
 * The sentences of its section a question points at, so the reader can bring them into view: the
 * sentences it compares, "sentence 4" in its wording, and phrases it quotes from the text (lesson
 * authors quote rather than number, as answer keys do).
 */
final class SentenceReferences {

    private static final Pattern NUMBERED =
            Pattern.compile("\\bsentences? (\\d{1,3})(?:\\s*(?:[–-]|and|to)\\s*(\\d{1,3}))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile("[\"“]([^\"”]{8,})[\"”]");
    private static final int SHORTEST_PHRASE = 8;

    private SentenceReferences() {}

    static List<Integer> of(Question question, List<Sentence> sentences, List<Integer> compared) {
        var found = new TreeSet<>(compared);
        var words = question.prompt()
                + (question instanceof Evidence evidence && evidence.claim() != null ? " " + evidence.claim() : "");
        var numbers = NUMBERED.matcher(words);
        while (numbers.find()) {
            int from = Integer.parseInt(numbers.group(1));
            int to = numbers.group(2) == null ? from : Integer.parseInt(numbers.group(2));
            for (int number = from; number <= Math.min(to, from + 10); number++) {
                found.add(number);
            }
        }
        var quotes = QUOTED.matcher(words);
        while (quotes.find()) {
            // "…" leaves out words: the part before it is still the sentence's own
            var phrase = normal(quotes.group(1).split("…|\\.\\.\\.")[0]);
            if (phrase.length() < SHORTEST_PHRASE) {
                continue;
            }
            sentences.stream()
                    .filter(sentence -> normal(sentence.text()).contains(phrase))
                    .findFirst()
                    .ifPresent(sentence -> found.add(sentence.number()));
        }
        var known = sentences.stream().map(Sentence::number).toList();
        return found.stream().filter(known::contains).toList();
    }

    private static String normal(String text) {
        return text.replaceAll("[\"“”‘’']", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
