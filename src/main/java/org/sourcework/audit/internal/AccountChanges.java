package org.sourcework.audit.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcework.audit.AuditWord;

/** Reads an account update, stored as "name, email, ROLE -> name, email, ROLE", as the changes made. */
final class AccountChanges {

    private static final String ARROW = " -> ";
    private static final String COMMA = ", ";

    private record Account(String name, String email, String role) {}

    private AccountChanges() {}

    static EntryReader.@Nullable Reading read(Object actor, Object user, String details) {
        var arrow = details.indexOf(ARROW);
        if (arrow < 0) {
            return null;
        }
        var before = account(details.substring(0, arrow));
        var after = account(details.substring(arrow + ARROW.length()));
        if (before == null || after == null) {
            return null;
        }
        var changes = new ArrayList<AuditWord>();
        if (!before.name().equals(after.name())) {
            changes.add(AuditWord.of("change.name", before.name(), after.name()));
        }
        if (!before.email().equals(after.email())) {
            changes.add(AuditWord.of("change.email", before.email(), after.email()));
        }
        if (!before.role().equals(after.role())) {
            changes.add(AuditWord.of("change.role", EntryReader.role(before.role()), EntryReader.role(after.role())));
        }
        return changes.isEmpty()
                ? EntryReader.say("user.updated.nothing", actor, user)
                : EntryReader.say("user.updated", actor, user, List.copyOf(changes));
    }

    // names may hold commas, emails and roles do not: read from the right
    private static @Nullable Account account(String text) {
        var roleAt = text.lastIndexOf(COMMA);
        if (roleAt < 0) {
            return null;
        }
        var rest = text.substring(0, roleAt);
        var emailAt = rest.lastIndexOf(COMMA);
        if (emailAt < 0) {
            return null;
        }
        return new Account(
                rest.substring(0, emailAt),
                rest.substring(emailAt + COMMA.length()),
                text.substring(roleAt + COMMA.length()));
    }
}
