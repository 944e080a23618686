package org.sourcework.review.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two texts, word by word: the longest run of words they share is kept, the
 * rest is removed from the old or added in the new. Whitespace stays with the word before it.
 */
final class WordDiff {

    enum Kind { SAME, ADDED, REMOVED }

    record Part(Kind kind, String text) {
    }

    /** Beyond this many word pairs the texts are shown as replaced as a whole. */
    private static final long MAX_CELLS = 4_000_000;

    private WordDiff() {
    }

    static List<Part> between(String before, String after) {
        var old = words(before);
        var now = words(after);
        if ((long) old.size() * now.size() > MAX_CELLS) {
            return merge(List.of(new Part(Kind.REMOVED, before), new Part(Kind.ADDED, after)));
        }
        // lengths of the longest common runs of the tails, filled from the end
        var common = new int[old.size() + 1][now.size() + 1];
        for (int i = old.size() - 1; i >= 0; i--) {
            for (int j = now.size() - 1; j >= 0; j--) {
                common[i][j] = same(old.get(i), now.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        var parts = new ArrayList<Part>();
        int i = 0;
        int j = 0;
        while (i < old.size() && j < now.size()) {
            if (same(old.get(i), now.get(j))) {
                parts.add(new Part(Kind.SAME, now.get(j++)));
                i++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                parts.add(new Part(Kind.REMOVED, old.get(i++)));
            } else {
                parts.add(new Part(Kind.ADDED, now.get(j++)));
            }
        }
        while (i < old.size()) {
            parts.add(new Part(Kind.REMOVED, old.get(i++)));
        }
        while (j < now.size()) {
            parts.add(new Part(Kind.ADDED, now.get(j++)));
        }
        return merge(parts);
    }

    /** Words with the whitespace that follows them. */
    static List<String> words(String text) {
        var words = new ArrayList<String>();
        var matcher = java.util.regex.Pattern.compile("\\S+\\s*|\\s+").matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    private static boolean same(String a, String b) {
        return a.strip().equals(b.strip());
    }

    private static List<Part> merge(List<Part> parts) {
        var merged = new ArrayList<Part>();
        for (var part : parts) {
            if (part.text().isEmpty()) {
                continue;
            }
            if (!merged.isEmpty() && merged.getLast().kind() == part.kind()) {
                merged.set(merged.size() - 1, new Part(part.kind(), merged.getLast().text() + part.text()));
            } else {
                merged.add(part);
            }
        }
        return merged;
    }
}
