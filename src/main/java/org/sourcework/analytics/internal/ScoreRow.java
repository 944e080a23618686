package org.sourcework.analytics.internal;

import java.math.BigDecimal;

/** A row of {@link AnalyticsRepository#scoresOf}: one student's score on one question. */
public interface ScoreRow {

    long getStudentId();

    String getQuestionId();

    BigDecimal getScore();

    int getPoints();
}
