package org.sourcework.responses;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Where one student of a class is with an assignment, for the instructor's overview.
 *
 * @param late                submitted after the due date, or not submitted and the due date has passed
 * @param answeredQuestionIds questions with a non-blank answer
 * @param revisingQuestionIds questions the student has been asked to revise and has not handed in again
 * @param readingView         how the student last chose to read the text
 * @param adaptedReadAt       when the student first had the adapted text shown; null when they read only
 *                            the original
 */
public record StudentProgress(
        long studentId,
        WorkStatus status,
        boolean late,
        @Nullable Instant submittedAt,
        Set<String> answeredQuestionIds,
        Set<String> revisingQuestionIds,
        ReadingView readingView,
        @Nullable Instant adaptedReadAt) {

    public StudentProgress {
        answeredQuestionIds = Set.copyOf(answeredQuestionIds);
        revisingQuestionIds = Set.copyOf(revisingQuestionIds);
    }
}
