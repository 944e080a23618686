package org.sourcework.roster;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A person in a class; {@code withdrawnAt} is set for a student who has left it. */
public record ClassMember(
        long userId,
        String username,
        String displayName,
        ClassRole role,
        @Nullable Instant withdrawnAt) {

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
