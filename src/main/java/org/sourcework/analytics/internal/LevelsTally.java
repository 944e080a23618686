package org.sourcework.analytics.internal;

import java.math.BigDecimal;

/**
 * A row of {@link AnalyticsRepository#feedbackOn}: how many answers got the same rubric levels
 * (as {@link LevelsCodec} stores them, null for none), with the sum and number of their scores.
 */
public interface LevelsTally {

    String getLevels();

    long getAnswers();

    BigDecimal getTotal();

    long getScored();
}
