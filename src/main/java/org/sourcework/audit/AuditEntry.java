package org.sourcework.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One thing that happened, as an administrator reads it. */
public record AuditEntry(long id, Instant occurredAt, String actorUsername, String action,
        @Nullable String targetType, @Nullable String targetId, @Nullable String details) {
}
