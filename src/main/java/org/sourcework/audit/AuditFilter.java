package org.sourcework.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Which entries to show; a null or blank part matches everything. Dates are inclusive. */
public record AuditFilter(
        @Nullable String username,
        @Nullable String action,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null);
    }
}
