package org.sourcework.users.internal;

import org.sourcework.security.SchoolAccounts;
import org.sourcework.security.SchoolIdentity;
import org.sourcework.security.SignedInUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;

/**
 * A school sign-in, matched in {@link SchoolMatching}. A person whose first sign-in runs twice at the same
 * moment (two tabs, a phone and a laptop) is linked by whichever commits first; the other's link then clashes
 * with it, as a duplicate key on PostgreSQL or a concurrent update on H2. That attempt is tried once more in a
 * new transaction, which finds the link and signs the person in, rather than telling them the server failed.
 */
@Component
class SchoolSignIns implements SchoolAccounts {

    private final SchoolMatching matching;

    SchoolSignIns(SchoolMatching matching) {
        this.matching = matching;
    }

    @Override
    public SignedInUser signIn(SchoolIdentity identity) {
        try {
            return matching.match(identity);
        } catch (DuplicateKeyException | TransientDataAccessException clash) {
            return matching.match(identity);
        }
    }
}
