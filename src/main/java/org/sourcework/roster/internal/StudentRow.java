package org.sourcework.roster.internal;

import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import org.jspecify.annotations.Nullable;

/** A row of {@link EnrolmentRepository#studentsOf}. */
public interface StudentRow {

    long getUserId();

    String getUsername();

    String getDisplayName();

    /**
     * A native query hands {@code timestamp with time zone} back as an OffsetDateTime on H2 and as
     * an Instant on PostgreSQL; read it through {@link #withdrawnAt()}.
     */
    @Nullable
    TemporalAccessor getWithdrawnAt();

    default @Nullable Instant withdrawnAt() {
        var value = getWithdrawnAt();
        return value == null ? null : Instant.from(value);
    }
}
