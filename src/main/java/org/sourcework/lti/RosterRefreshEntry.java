package org.sourcework.lti;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.Message;
import org.sourcework.roster.ClassRole;

/**
 * One person of the class or of the course, and what confirming the refresh does to them. {@code userId}
 * is null for someone without an account yet; {@code name} and {@code email} are then the platform's (the
 * name may be blank, the email null), otherwise the account's.
 */
public record RosterRefreshEntry(
        RosterRefreshAction action,
        ClassRole role,
        String subject,
        @Nullable Long userId,
        String name,
        @Nullable String email,
        List<DetailChange> changes,
        @Nullable Message note) {

    public RosterRefreshEntry {
        changes = List.copyOf(changes);
    }
}
