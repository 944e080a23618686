package org.sourcework.lessons;

/** No lesson (or no such version of it) has the id asked for. */
public class LessonNotFoundException extends RuntimeException {

    public LessonNotFoundException(long lessonId) {
        super("There is no lesson with id " + lessonId + ".");
    }

    public LessonNotFoundException(long lessonId, int number) {
        super("Lesson " + lessonId + " has no version " + number + ".");
    }
}
