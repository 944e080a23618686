package org.sourcework.review.internal;

/** A row of {@link OverviewRepository#tallies}: how far one assignment of a class has got. */
public interface AssignmentTally {

    long getAssignmentId();

    long getStudents();

    long getSubmitted();

    long getToReview();
}
