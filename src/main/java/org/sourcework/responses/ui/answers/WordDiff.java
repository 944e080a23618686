package org.sourcework.responses.ui.answers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What changed between two versions of an answer, word by word (or item by item for chosen
 * options and sentences): the longest run of tokens both share stays, the rest is added or
 * removed. Answers are at most a few thousand characters, so the quadratic table is small; beyond
 * {@link #MAX_CELLS} the whole text counts as replaced.
 */
final class WordDiff {

    enum Kind {
        SAME,
        ADDED,
        REMOVED
    }

    /** A run of tokens of one kind, in order. */
    record Run(Kind kind, List<String> tokens) {

        Run {
            tokens = List.copyOf(tokens);
        }

        String text() {
            return String.join(" ", tokens);
        }
    }

    static final int MAX_CELLS = 4_000_000;

    private static final Pattern SPACE = Pattern.compile("\\s+");

    private WordDiff() {}

    static List<String> words(String text) {
        var stripped = text.strip();
        return stripped.isEmpty() ? List.of() : Arrays.asList(SPACE.split(stripped));
    }

    /** The changes from {@code before} to {@code after}; removed tokens come before the added ones that replace them. */
    static List<Run> diff(List<String> before, List<String> after) {
        int n = before.size();
        int m = after.size();
        var runs = new Runs();
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            before.forEach(token -> runs.add(Kind.REMOVED, token));
            after.forEach(token -> runs.add(Kind.ADDED, token));
            return runs.runs();
        }
        // common[i][j]: length of the longest common subsequence of before[i..] and after[j..]
        var common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = before.get(i).equals(after.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && before.get(i).equals(after.get(j))) {
                runs.add(Kind.SAME, before.get(i++));
                j++;
            } else if (j >= m || (i < n && common[i + 1][j] >= common[i][j + 1])) {
                runs.add(Kind.REMOVED, before.get(i++));
            } else {
                runs.add(Kind.ADDED, after.get(j++));
            }
        }
        return runs.runs();
    }

    /** Whether anything changed at all. */
    static boolean changed(List<Run> runs) {
        return runs.stream().anyMatch(run -> run.kind() != Kind.SAME);
    }

    /** Collects tokens into runs, a new run whenever the kind changes. */
    private static final class Runs {

        private final List<List<String>> tokens = new ArrayList<>();
        private final List<Kind> kinds = new ArrayList<>();

        void add(Kind kind, String token) {
            if (kinds.isEmpty() || kinds.getLast() != kind) {
                kinds.add(kind);
                tokens.add(new ArrayList<>());
            }
            tokens.getLast().add(token);
        }

        List<Run> runs() {
            var runs = new ArrayList<Run>();
            for (int index = 0; index < kinds.size(); index++) {
                runs.add(new Run(kinds.get(index), tokens.get(index)));
            }
            return runs;
        }
    }
}
