package org.sourcework.lessons;

import java.util.List;

/**
 * An analytic rubric: each criterion is scored on its own levels.
 *
 * @param id the name in the {@code rubrics:} list, or the question's id for a rubric written inside it
 */
public record Rubric(String id, List<Criterion> criteria) {

    public Rubric {
        criteria = List.copyOf(criteria);
    }

    /** The sum of each criterion's top level: the points of a question that uses this rubric. */
    public int maxScore() {
        return criteria.stream().mapToInt(Criterion::maxScore).sum();
    }
}
