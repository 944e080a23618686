package org.sourcework.security;

import java.io.Serial;
import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * Sign-in failed because of the server (its database could not be reached), not because of what was
 * typed. Not Spring's InternalAuthenticationServiceException, which its filter logs with a full stack
 * trace: the sign-in failure handler logs one clear line instead.
 */
public final class SignInUnavailableException extends AuthenticationServiceException {

    @Serial
    private static final long serialVersionUID = 1L;

    public SignInUnavailableException(Throwable cause) {
        super("Sign-in could not reach the database", cause);
    }
}
