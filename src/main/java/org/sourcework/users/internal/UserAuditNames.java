package org.sourcework.users.internal;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sourcework.audit.AuditNames;
import org.springframework.stereotype.Component;

/** People in the audit log by their names: "user" by account id, "username" by username. */
@Component
class UserAuditNames implements AuditNames {

    private final UserAccountRepository accounts;

    UserAuditNames(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Set<String> kinds() {
        return Set.of("user", "username");
    }

    @Override
    public Map<String, String> names(String kind, Set<String> keys) {
        if (kind.equals("username")) {
            return accounts.findByUsernameIn(keys).stream()
                    .collect(Collectors.toMap(UserAccount::getUsername, UserAccount::getDisplayName));
        }
        return AuditNames.byId(keys, accounts::findAllById, UserAccount::getId, UserAccount::getDisplayName);
    }
}
