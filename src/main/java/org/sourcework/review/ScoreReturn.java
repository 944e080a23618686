package org.sourcework.review;

import java.util.Map;

/**
 * Where released scores go beyond Sourcework: a learning platform's gradebook, for a lesson launched from
 * one. The LTI feature implements it, so the gradebook can show each student's status without knowing
 * about platforms. Implementations refuse anyone who does not teach the assignment's class.
 */
public interface ScoreReturn {

    /** Whether the assignment's scores go to a platform at all; only then is there a status to show. */
    boolean returnsScores(long assignmentId);

    /** Per student whose score has been queued, the newest one's status. */
    Map<Long, ScoreReturnStatus> statuses(long assignmentId);

    /** Tries a score that could not be sent again, now; returns whether there was one. */
    boolean sendAgain(long assignmentId, long studentId);
}
