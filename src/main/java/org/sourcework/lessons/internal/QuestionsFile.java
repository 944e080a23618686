package org.sourcework.lessons.internal;

import java.util.List;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.Rubric;

/** What {@code questions.yaml} holds. */
record QuestionsFile(List<Question> questions, List<Rubric> rubrics, List<String> corePath) {
}
