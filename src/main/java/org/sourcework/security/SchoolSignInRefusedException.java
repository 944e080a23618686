package org.sourcework.security;

import java.io.Serial;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * The provider signed the person in, but Sourcework will not: no account matches, or it is disabled. The
 * sign-in page says which, naming the email the provider gave.
 */
public final class SchoolSignInRefusedException extends OAuth2AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Why; each has its message on the sign-in page ({@code login.school.<key>}). */
    public enum Reason {
        NO_ACCOUNT("no-account"),
        NO_VERIFIED_EMAIL("no-verified-email"),
        SEVERAL_ACCOUNTS("several-accounts"),
        LINKED_TO_ANOTHER("linked-to-another"),
        DISABLED("disabled");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final Reason reason;
    private final String shownAs;

    /** {@code shownAs}: the email (or, without one, the provider's name) the message names. */
    public SchoolSignInRefusedException(Reason reason, String shownAs) {
        super(new OAuth2Error("account_not_matched"), reason.key());
        this.reason = reason;
        this.shownAs = shownAs;
    }

    public Reason reason() {
        return reason;
    }

    public String shownAs() {
        return shownAs;
    }
}
