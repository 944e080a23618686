package org.sourcework.lessons;

import java.util.Comparator;
import java.util.List;

/** One row of a rubric, with its levels from the lowest score to the highest. */
public record Criterion(String id, String label, List<Level> levels) {

    public Criterion {
        levels = levels.stream().sorted(Comparator.comparingInt(Level::score)).toList();
    }

    public int maxScore() {
        return levels.isEmpty() ? 0 : levels.getLast().score();
    }
}
