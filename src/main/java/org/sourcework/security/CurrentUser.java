package org.sourcework.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** The person making the current request. Inject it; never read security holders directly. */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy strategy;

    CurrentUser(SecurityContextHolderStrategy strategy) {
        this.strategy = strategy;
    }

    public Optional<SignedInUser> get() {
        var authentication = strategy.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in user, or an exception that the service layer reports as "not signed in". */
    public SignedInUser require() {
        return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
    }

    public long id() {
        return require().id();
    }

    public boolean hasRole(AppRole role) {
        return get().map(user -> user.role() == role).orElse(false);
    }

    /** Clears the must-change-password flag of the session once the password has been changed. */
    public void passwordChanged() {
        get().ifPresent(SignedInUser::passwordChanged);
    }

    /**
     * Keeps this session open after the person changed their own account (an administrator resetting
     * their own password): every other session of the account still ends at its next request.
     */
    public void ownAccountChanged(int securityStamp) {
        get().ifPresent(user -> user.securityStampChanged(securityStamp));
    }
}
