package org.sourcework.responses;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An answer as stored.
 *
 * @param version   pass it as {@code expectedVersion} to the next save of this answer
 * @param score     the automatic score, with two decimals; null for written answers, which the
 *                  instructor scores
 * @param maxPoints the question's points
 * @param revisionRequested released feedback asked for a revision, so the answer may be changed
 *                          and handed in again although the lesson is submitted
 */
public record SavedAnswer(
        String questionId,
        AnswerValue value,
        int version,
        Instant savedAt,
        @Nullable BigDecimal score,
        int maxPoints,
        boolean revisionRequested) {}
