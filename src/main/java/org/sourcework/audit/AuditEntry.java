package org.sourcework.audit;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One thing that happened, as an administrator reads it: the bundle key {@code audit.say.<sentence>} and
 * its parts in order, the first always who did it. A part is a name or other text, a number, an instant or
 * an {@link AuditWord}. The stored fields are kept for the export and for filters.
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actorUsername,
        String action,
        @Nullable String targetType,
        @Nullable String targetId,
        @Nullable String details,
        String sentence,
        List<Object> parts) {}
