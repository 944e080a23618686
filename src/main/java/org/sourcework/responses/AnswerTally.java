package org.sourcework.responses;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One distinct answer to a question of an assignment and how many students gave it, counting each
 * student's answer as the instructor sees it (the newest handed-in version, otherwise what is saved).
 *
 * @param lessonVersion the lesson version the answer was written to, which its option ids, sentence
 *                      numbers and statement ids refer to
 * @param autoScore the automatic score of that answer; null for written answers
 * @param maxPoints the points of the question in the lesson version the answer was given on
 */
public record AnswerTally(
        int lessonVersion, AnswerValue value, @Nullable BigDecimal autoScore, int maxPoints, long students) {}
