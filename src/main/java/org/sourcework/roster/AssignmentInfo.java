package org.sourcework.roster;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A lesson given to a class, with the class's name. {@code dueAt} may be null; {@code path} says
 * which of the lesson's questions the class is given.
 */
public record AssignmentInfo(
        long id,
        long classId,
        String className,
        long lessonId,
        @Nullable Instant dueAt,
        LessonPath path) {}
