package org.sourcework.review;

/** The furthest step one student has reached with an assignment, as the overview shows it. */
public enum StudentStatus {
    NOT_STARTED,
    IN_PROGRESS,
    SUBMITTED,
    FEEDBACK_DRAFTED,
    FEEDBACK_RELEASED,
    FEEDBACK_READ
}
