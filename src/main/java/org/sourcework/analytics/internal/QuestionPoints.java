package org.sourcework.analytics.internal;

import java.math.BigDecimal;

/** A row of {@link AnalyticsRepository#pointsPerQuestion}: the class's points on one question. */
public interface QuestionPoints {

    String getQuestionId();

    BigDecimal getEarned();

    long getAvailable();

    long getAnswers();
}
