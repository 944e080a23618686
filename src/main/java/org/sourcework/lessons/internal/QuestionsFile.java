package org.sourcework.lessons.internal;

import java.util.List;
import java.util.Map;
import org.sourcework.lessons.Comparison;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.Rubric;

/** What {@code questions.yaml} holds. */
record QuestionsFile(
        List<Question> questions, List<Rubric> rubrics, List<String> corePath, Map<String, Comparison> comparisons) {}
