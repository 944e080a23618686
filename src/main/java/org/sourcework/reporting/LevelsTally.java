package org.sourcework.reporting;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@link AnalyticsQueries#feedbackOn}: how many answers got the same rubric levels (as
 * the review feature's {@code LevelsCodec} stores them, null for none), with the sum and number of
 * their scores.
 */
public record LevelsTally(
        @Nullable String levels, long answers, @Nullable BigDecimal total, long scored) {}
