package org.sourcework.security;

import java.io.Serial;
import org.springframework.security.core.AuthenticationException;

/**
 * The password was right, but this account's role signs in only with the school's provider
 * ({@code sourcework.sign-in.passwords.disabled-for}). Thrown only after the password matched, so the page
 * tells nobody who does not know the password what role a username has.
 */
public final class PasswordsTurnedOffException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    public PasswordsTurnedOffException() {
        super("Passwords are turned off for this role");
    }
}
