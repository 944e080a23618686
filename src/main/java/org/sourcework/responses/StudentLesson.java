package org.sourcework.responses;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sourcework.lessons.LessonContent;

/**
 * An assigned lesson as its student reads it.
 *
 * @param content the lesson version the student works on, which may be older than the current one
 * @param answers the student's own answers by question id
 */
public record StudentLesson(
        long assignmentId,
        String className,
        @Nullable Instant dueAt,
        LessonContent content,
        WorkState work,
        Map<String, SavedAnswer> answers) {

    public StudentLesson {
        answers = Map.copyOf(answers);
    }
}
