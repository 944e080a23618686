package org.sourcework.lessons.internal;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a paragraph into sentences by the JDK's English sentence rules: a full stop, question or
 * exclamation mark followed by a space and a capital letter ends a sentence, so "i.e. whenever" and
 * "designed to. encourage" stay whole. Two refinements on top, both about what the rules mistake for
 * a sentence end: a piece without any letter (the telegram number in "2300. This telegram") and a
 * common abbreviation ("U.S. Embassy", "Mr. Bohlen") join the text after them.
 */
final class SentenceSplitter {

    /** A sentence as character offsets of the paragraph's text; the end includes trailing spaces. */
    record Span(int start, int end) {}

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr.", "mrs.", "ms.", "dr.", "st.", "prof.", "gen.", "col.", "capt.", "lt.", "gov.", "sen.", "rep.", "jr.",
            "sr.", "mt.", "vs.", "cf.", "e.g.", "i.e.");
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private SentenceSplitter() {}

    static List<Span> split(String text) {
        var iterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        iterator.setText(text);
        var spans = new ArrayList<Span>();
        int start = 0;
        int pieceStart = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; pieceStart = end, end = iterator.next()) {
            var piece = text.substring(pieceStart, end);
            var sentence = text.substring(start, end).strip();
            boolean last = end == text.length();
            if (!last && (!LETTER.matcher(piece).find() || endsWithAbbreviation(sentence))) {
                continue;
            }
            if (!sentence.isEmpty()) {
                spans.add(new Span(start, end));
            }
            start = end;
        }
        return spans;
    }

    private static boolean endsWithAbbreviation(String sentence) {
        var lastWord = sentence.substring(sentence.lastIndexOf(' ') + 1);
        return ABBREVIATIONS.contains(lastWord.toLowerCase(Locale.ROOT))
                || INITIALS.matcher(lastWord).matches();
    }
}
