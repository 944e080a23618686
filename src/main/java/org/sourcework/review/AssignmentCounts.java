package org.sourcework.review;

/**
 * How far a class has got with one assigned lesson, for the instructor's home.
 *
 * @param students  students in the class now (withdrawn ones left out)
 * @param submitted of those, how many have submitted the lesson
 * @param toReview  students whose submitted work has an answer without feedback, as the overview's
 *                  "submitted, not yet reviewed" filter counts them
 */
public record AssignmentCounts(long assignmentId, long students, long submitted, long toReview) {}
