package org.sourcework.responses;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One student's answer to one question as an instructor reviews it: the newest handed-in version
 * when there is one, otherwise what the student has saved so far.
 *
 * @param lessonVersion     the lesson version the student's work is pinned to
 * @param autoScore         the automatic score of the shown version; null for written answers
 * @param revisionId        the handed-in version feedback is given on; null while nothing is handed in
 * @param revisionNumber    1 for the first handed-in version; 0 while nothing is handed in
 * @param revisionRequested the student has been asked to revise this answer and has not handed it in yet
 * @param changedSinceHandIn the student has saved changes after the shown version was handed in
 */
public record ClassAnswer(
        long answerId,
        long assignmentId,
        long studentId,
        String questionId,
        int lessonVersion,
        AnswerValue value,
        boolean blank,
        @Nullable BigDecimal autoScore,
        int maxPoints,
        Instant savedAt,
        @Nullable Long revisionId,
        int revisionNumber,
        boolean revisionRequested,
        boolean changedSinceHandIn) {

    public boolean handedIn() {
        return revisionId != null;
    }
}
