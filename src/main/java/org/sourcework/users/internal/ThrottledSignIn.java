package org.sourcework.users.internal;

import java.time.Duration;
import java.util.function.Supplier;
import org.sourcework.security.PasswordSignIns;
import org.sourcework.security.PasswordsTurnedOffException;
import org.sourcework.security.SignInDelayedException;
import org.sourcework.security.SignInUnavailableException;
import org.sourcework.security.SignedInUser;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The sign-in form's check of username and password, with the growing wait of {@link SignInThrottle}
 * around it. A try that must wait is refused before the password is checked, so guesses made during
 * the wait neither count nor help. Spring Security uses this bean as its only provider.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final PasswordSignIns passwordSignIns;

    ThrottledSignIn(
            UserDetailsService accounts,
            PasswordEncoder encoder,
            SignInThrottle throttle,
            PasswordSignIns passwordSignIns) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.passwordSignIns = passwordSignIns;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        var username = attempt.getName() == null ? "" : attempt.getName().strip();
        var address = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "";
        refuseWhileWaiting(server(() -> throttle.waitBefore(username, address)));
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(attempt);
        } catch (AuthenticationServiceException serverFault) {
            throw new SignInUnavailableException(serverFault.getCause() == null ? serverFault : serverFault.getCause());
        } catch (AuthenticationException wrong) {
            // a wrong password, an unknown name and a disabled account all count alike
            refuseWhileWaiting(server(() -> throttle.failed(username, address)));
            throw wrong;
        }
        // only after the password matched, so the answer tells nobody else which role a username has
        if (signedIn.getPrincipal() instanceof SignedInUser user && !passwordSignIns.allowedFor(user.role())) {
            throw new PasswordsTurnedOffException();
        }
        server(() -> {
            throttle.succeeded(username);
            return null;
        });
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static void refuseWhileWaiting(Duration wait) {
        if (wait.isPositive()) {
            throw new SignInDelayedException(wait);
        }
    }

    /** A fault of the server (the database is down) is reported as such, never as a wrong password. */
    private static <T> T server(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw new SignInUnavailableException(e);
        }
    }
}
