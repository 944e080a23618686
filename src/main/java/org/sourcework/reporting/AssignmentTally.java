package org.sourcework.reporting;

/** A row of {@link ClassOverviewQueries#tallies}: how far one assignment of a class has got. */
public record AssignmentTally(long assignmentId, long students, long submitted, long toReview) {}
