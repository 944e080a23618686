package org.sourcework.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Feedback was released to these students on the assignment. Published inside the release's
 * transaction, so a listener may queue work that commits with the release; sending anything anywhere
 * belongs after the commit.
 *
 * @param scores each student's score on the assignment as they can now see it
 */
public record FeedbackReleased(long assignmentId, List<ReleasedScore> scores, Instant releasedAt) {

    public FeedbackReleased {
        scores = List.copyOf(scores);
    }

    /**
     * @param given   the released scores and automatic scores of the student's answers to the assigned questions
     * @param maximum the points of every question the class is given
     */
    public record ReleasedScore(long studentId, BigDecimal given, int maximum) {}
}
