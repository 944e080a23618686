package org.sourcework.roster;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A student of a class as its instructor sees them; a withdrawn student keeps their work. */
public record ClassStudent(
        long userId,
        String username,
        String displayName,
        @Nullable Instant withdrawnAt) {

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
