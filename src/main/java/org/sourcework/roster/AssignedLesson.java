package org.sourcework.roster;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A lesson given to a class; the lesson's title belongs to the lessons feature.
 *
 * @param path the questions the class is given
 */
public record AssignedLesson(
        long assignmentId, long lessonId, @Nullable Instant dueAt, LessonPath path) {}
