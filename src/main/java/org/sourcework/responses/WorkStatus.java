package org.sourcework.responses;

/** Where a student is with an assigned lesson. */
public enum WorkStatus {
    /** Not opened, or opened but nothing saved yet. */
    NOT_STARTED,
    /** At least one answer saved (blank ones too), not submitted. */
    IN_PROGRESS,
    /** Submitted; read-only until the instructor reopens it. */
    SUBMITTED
}
