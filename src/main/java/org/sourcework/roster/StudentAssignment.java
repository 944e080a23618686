package org.sourcework.roster;

import java.time.Instant;

/**
 * A lesson given to one of the signed-in student's classes. {@code dueAt} may be null; {@code path}
 * says which of the lesson's questions the class is given.
 */
public record StudentAssignment(
        long assignmentId, long classId, String className, long lessonId, Instant dueAt, LessonPath path) {}
