package org.sourcework.users.internal;

import static org.sourcework.security.SchoolSignInRefusedException.Reason.DISABLED;
import static org.sourcework.security.SchoolSignInRefusedException.Reason.LINKED_TO_ANOTHER;
import static org.sourcework.security.SchoolSignInRefusedException.Reason.NO_ACCOUNT;
import static org.sourcework.security.SchoolSignInRefusedException.Reason.NO_VERIFIED_EMAIL;
import static org.sourcework.security.SchoolSignInRefusedException.Reason.SEVERAL_ACCOUNTS;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.sourcework.audit.AuditLog;
import org.sourcework.security.SchoolIdentity;
import org.sourcework.security.SchoolSignInRefusedException;
import org.sourcework.security.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matches a person a school's provider signed in to their account: first by the stored (issuer, subject)
 * link, which survives a changed email; else by the email the provider vouches for, to exactly one enabled
 * account, which is then linked. Nobody gets an account this way: administrators add people, as before.
 * Refusals are audited and committed even though the sign-in fails. One transaction per attempt; {@link
 * SchoolSignIns} tries again when another sign-in of the same person linked them at the same moment.
 */
@Component
class SchoolMatching {

    private final UserAccountRepository accounts;
    private final SchoolLinks links;
    private final AuditLog audit;
    private final Clock clock;

    SchoolMatching(UserAccountRepository accounts, SchoolLinks links, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(noRollbackFor = SchoolSignInRefusedException.class)
    public SignedInUser match(SchoolIdentity identity) {
        var account = links.account(identity.issuer(), identity.subject())
                .flatMap(accounts::findById)
                .orElseGet(() -> linkByEmail(identity));
        if (!account.isEnabled()) {
            throw refused(DISABLED, identity, account);
        }
        account.signedIn(clock.instant());
        // no password was used, so none is asked for: a temporary one set for the form stays for the form
        return AccountDetailsService.principal(account, false, null);
    }

    private UserAccount linkByEmail(SchoolIdentity identity) {
        var email = identity.verifiedEmail();
        if (email == null) {
            throw refused(NO_VERIFIED_EMAIL, identity, null);
        }
        var matches = accounts.findByEmailIgnoreCase(email);
        var enabled = matches.stream().filter(UserAccount::isEnabled).toList();
        if (enabled.isEmpty()) {
            throw matches.isEmpty()
                    ? refused(NO_ACCOUNT, identity, null)
                    : refused(DISABLED, identity, matches.getFirst());
        }
        if (enabled.size() > 1) {
            throw refused(SEVERAL_ACCOUNTS, identity, null);
        }
        var account = enabled.getFirst();
        // a school that gives a leaver's address to someone new must not hand them the leaver's account
        if (links.hasPersonAt(identity.issuer(), account.getId())) {
            throw refused(LINKED_TO_ANOTHER, identity, account);
        }
        links.link(identity.issuer(), identity.subject(), account.getId(), clock.instant());
        audit.recordFor(
                account.getUsername(),
                "school-sign-in.linked",
                "user",
                account.getId().toString(),
                "provider=" + identity.providerName() + "; email=" + email);
        return account;
    }

    private SchoolSignInRefusedException refused(
            SchoolSignInRefusedException.Reason reason, SchoolIdentity identity, @Nullable UserAccount account) {
        var email = identity.verifiedEmail();
        audit.recordFor(
                account == null ? "" : account.getUsername(),
                "school-sign-in.refused",
                "user",
                account == null ? null : account.getId().toString(),
                "provider=" + identity.providerName() + "; email=" + (email == null ? "none" : email) + "; reason="
                        + reason.key());
        return new SchoolSignInRefusedException(reason, email == null ? identity.providerName() : email);
    }
}
