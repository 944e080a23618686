package org.sourcework.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.sourcework.lessons.Skill;

/**
 * Points earned out of points available on the scored answers to one skill's questions.
 *
 * @param answers how many scored answers the figure rests on
 */
public record SkillShare(Skill skill, BigDecimal earned, long available, long answers) {

    public static SkillShare none(Skill skill) {
        return new SkillShare(skill, BigDecimal.ZERO, 0, 0);
    }

    public boolean scored() {
        return available > 0;
    }

    /** The share as a whole percentage, rounded half up; 0 when nothing is scored yet. */
    public int percent() {
        return scored()
                ? earned.multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(available), 0, RoundingMode.HALF_UP)
                        .intValue()
                : 0;
    }

    SkillShare plus(BigDecimal moreEarned, long moreAvailable, long moreAnswers) {
        return new SkillShare(skill, earned.add(moreEarned), available + moreAvailable, answers + moreAnswers);
    }
}
