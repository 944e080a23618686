package org.sourcework.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Feedback as stored on one handed-in version of an answer.
 *
 * @param version         pass it as {@code expectedVersion} to the next save of this feedback
 * @param score           the score the answer gets: set by hand, or from the rubric levels, or automatic
 * @param scoreOverridden the score was set by hand against the rubric or the automatic score
 * @param updatedBy       the user id of the instructor who saved it last
 */
public record GivenFeedback(
        long id,
        long answerId,
        long revisionId,
        long studentId,
        String questionId,
        int version,
        FeedbackStatus status,
        @Nullable BigDecimal score,
        int maxPoints,
        Map<String, Integer> levels,
        boolean scoreOverridden,
        @Nullable String overrideReason,
        String comment,
        @Nullable Integer sentence,
        boolean revisionRequested,
        Instant updatedAt,
        long updatedBy,
        @Nullable Instant releasedAt,
        @Nullable Instant readAt) {

    public GivenFeedback {
        levels = Map.copyOf(levels);
    }

    public boolean released() {
        return status == FeedbackStatus.RELEASED;
    }

    public boolean read() {
        return readAt != null;
    }
}
