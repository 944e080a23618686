package org.sourcework.feedback;

import java.util.List;
import java.util.Map;
import org.sourcework.responses.AnswerVersion;
import org.sourcework.responses.StudentLesson;
import org.sourcework.review.GivenFeedback;

/**
 * A student's released feedback on one assignment, with what it was given on.
 *
 * @param lesson   the lesson as the student works on it, with their current answers
 * @param feedback released feedback, oldest first; several per question when they revised
 * @param versions every handed-in version of their answers, oldest first, by question id
 */
public record StudentFeedback(
        StudentLesson lesson, List<GivenFeedback> feedback, Map<String, List<AnswerVersion>> versions) {

    public StudentFeedback {
        feedback = List.copyOf(feedback);
        versions = Map.copyOf(versions);
    }
}
