package org.sourcework.responses;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One assigned lesson on the student's home view.
 *
 * @param late                the due date has passed and the lesson is not submitted, or it was submitted late
 * @param lastSectionId       where to continue: {@code "headnote"}, a section id, or null when never opened
 * @param revisionQuestionIds the questions whose answers the instructor asked to revise and that are not
 *                            handed in again yet, in lesson order
 * @param revisionSectionId   the page of the first of those: {@code "headnote"} or a section id; null when none
 */
public record StudentLessonCard(
        long assignmentId,
        String lessonTitle,
        String className,
        @Nullable Instant dueAt,
        boolean late,
        WorkStatus status,
        int answered,
        int questionCount,
        @Nullable String lastSectionId,
        List<String> revisionQuestionIds,
        @Nullable String revisionSectionId) {

    public StudentLessonCard {
        revisionQuestionIds = List.copyOf(revisionQuestionIds);
    }

    /** An answer waits for the student to revise it. */
    public boolean revisionRequested() {
        return !revisionQuestionIds.isEmpty();
    }
}
