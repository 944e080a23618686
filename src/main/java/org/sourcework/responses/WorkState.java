package org.sourcework.responses;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One student's work on one assignment.
 *
 * @param lessonVersion the lesson version the student works on (pinned when first opened)
 * @param lastSectionId where the student left off: {@code "headnote"}, a section id, or null
 * @param late          submitted after the due date, or not submitted and the due date has passed
 * @param answered      questions with a non-blank answer
 * @param readingView   how the student last chose to read the text
 */
public record WorkState(
        long assignmentId,
        int lessonVersion,
        WorkStatus status,
        @Nullable String lastSectionId,
        @Nullable Instant submittedAt,
        boolean late,
        int answered,
        int questionCount,
        ReadingView readingView) {

    public boolean submitted() {
        return status == WorkStatus.SUBMITTED;
    }
}
