package org.sourcework.reporting;

import java.math.BigDecimal;

/** A row of {@link AnalyticsQueries#scoresOf}: one student's score on one question, out of its points. */
public record ScoreRow(long studentId, String questionId, BigDecimal score, int points) {}
