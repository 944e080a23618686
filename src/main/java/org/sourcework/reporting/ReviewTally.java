package org.sourcework.reporting;

/**
 * A row of {@link ClassOverviewQueries#reviewProgress}: one student's written answers handed in, and
 * how many of them have feedback, released feedback and feedback the student has read.
 */
public record ReviewTally(long studentId, long handedIn, long reviewed, long released, long read) {}
