package org.sourcework.roster.internal;

import java.time.Instant;

/** A row of {@link EnrolmentRepository#studentsOf}. */
public interface StudentRow {

    long getUserId();

    String getUsername();

    String getDisplayName();

    Instant getWithdrawnAt();
}
