package org.sourcework.responses;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One assigned lesson on the student's home view.
 *
 * @param late          the due date has passed and the lesson is not submitted, or it was submitted late
 * @param lastSectionId where to continue: {@code "headnote"}, a section id, or null when never opened
 */
public record StudentLessonCard(long assignmentId, String lessonTitle, String className, @Nullable Instant dueAt,
        boolean late, WorkStatus status, int answered, int questionCount, @Nullable String lastSectionId) {
}
