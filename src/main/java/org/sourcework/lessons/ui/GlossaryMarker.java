package org.sourcework.lessons.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sourcework.lessons.GlossaryTerm;

/**
 * Finds glossary terms in a page of source text. Each term is marked once per page, at its first
 * occurrence, so the text stays readable; matches are whole words, ignoring case.
 */
final class GlossaryMarker {

    /** A piece of text: plain words, or the words of a glossary term. */
    record Piece(String text, GlossaryTerm term) {}

    private final Pattern pattern;
    private final Map<String, GlossaryTerm> byMatch = new HashMap<>();
    private final Set<GlossaryTerm> marked = new HashSet<>();

    GlossaryMarker(List<GlossaryTerm> glossary) {
        glossary.forEach(term -> term.matches().forEach(match -> byMatch.putIfAbsent(key(match), term)));
        var alternatives = byMatch.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        pattern = alternatives.isEmpty()
                ? null
                : Pattern.compile(
                        "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    List<Piece> split(String text) {
        var pieces = new ArrayList<Piece>();
        if (pattern == null) {
            pieces.add(new Piece(text, null));
            return pieces;
        }
        var matcher = pattern.matcher(text);
        int start = 0;
        while (matcher.find()) {
            var term = byMatch.get(key(matcher.group()));
            if (term == null || !marked.add(term)) {
                continue;
            }
            if (matcher.start() > start) {
                pieces.add(new Piece(text.substring(start, matcher.start()), null));
            }
            pieces.add(new Piece(matcher.group(), term));
            start = matcher.end();
        }
        if (start < text.length()) {
            pieces.add(new Piece(text.substring(start), null));
        }
        return pieces;
    }

    private static String key(String match) {
        return match.toLowerCase(Locale.ROOT);
    }
}
