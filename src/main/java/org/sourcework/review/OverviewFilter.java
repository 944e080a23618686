package org.sourcework.review;

/** Which students the class overview lists. */
public enum OverviewFilter {
    ALL,
    NOT_STARTED,
    IN_PROGRESS,
    /** Submitted, with at least one handed-in written answer (one without an automatic score) that has no feedback yet. */
    TO_REVIEW,
    /** Has feedback not released yet. */
    DRAFTED,
    /** Has released feedback they have not opened. */
    UNREAD,
    /** Asked to revise an answer and has not handed the revision in. */
    REVISING,
    LATE
}
