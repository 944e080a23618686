package org.sourcework.lessons.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sourcework.lessons.Sentence;

/**
 * Finds the sentences that contain a quoted phrase. Case, curly versus straight quotes and
 * apostrophes, dash kinds and runs of spaces are ignored: a teacher typing "STALIN's" in a YAML
 * file must find "STALIN’s" of the source.
 */
final class PhraseMatcher {

    private static final Pattern SINGLE_QUOTES = Pattern.compile("[‘’‛′`]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[“”„″]");
    private static final Pattern DASHES = Pattern.compile("[‐‑‒–—]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private PhraseMatcher() {}

    /** The numbers of the sentences that contain the phrase. */
    static List<Integer> sentencesContaining(List<Sentence> sentences, String phrase) {
        var wanted = normalize(phrase);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return sentences.stream()
                .filter(sentence -> normalize(sentence.text()).contains(wanted))
                .map(Sentence::number)
                .toList();
    }

    static String normalize(String text) {
        var plain = SINGLE_QUOTES.matcher(text).replaceAll("'");
        plain = DOUBLE_QUOTES.matcher(plain).replaceAll("\"");
        plain = DASHES.matcher(plain).replaceAll("-");
        return WHITESPACE.matcher(plain.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
