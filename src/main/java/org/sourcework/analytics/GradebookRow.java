package org.sourcework.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.OptionalInt;
import org.sourcework.roster.ClassStudent;

/**
 * One student's line of the gradebook.
 *
 * @param earned points earned per {@link GradebookPart#key()}; a part without any scored answer is missing
 */
public record GradebookRow(ClassStudent student, Map<String, BigDecimal> earned) {

    public GradebookRow {
        earned = Map.copyOf(earned);
    }

    /** Points earned in the part, zero when nothing in it is scored. */
    public BigDecimal earnedIn(GradebookPart part) {
        return earned.getOrDefault(part.key(), BigDecimal.ZERO);
    }

    /** Share of the part's points earned, in whole percent; empty when nothing in it is scored yet. */
    public OptionalInt percentIn(GradebookPart part) {
        var points = earned.get(part.key());
        if (points == null || part.points() == 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(points.multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(part.points()), 0, RoundingMode.HALF_UP)
                .intValue());
    }
}
