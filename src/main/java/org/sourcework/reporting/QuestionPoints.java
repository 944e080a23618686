package org.sourcework.reporting;

import java.math.BigDecimal;

/** A row of {@link AnalyticsQueries#pointsPerQuestion}: the class's points on one question. */
public record QuestionPoints(String questionId, BigDecimal earned, long available, long answers) {}
