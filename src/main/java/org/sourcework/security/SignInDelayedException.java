package org.sourcework.security;

import java.io.Serial;
import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins under this name or from this address: the next try must wait a while. */
public final class SignInDelayedException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long seconds;

    public SignInDelayedException(Duration wait) {
        super("Too many failed sign-ins; try again in " + wait.toSeconds() + " s");
        // rounded up: "wait 0 seconds" would invite a try that is still refused
        this.seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    }

    /** Whole seconds to wait, at least one. */
    public long seconds() {
        return seconds;
    }
}
