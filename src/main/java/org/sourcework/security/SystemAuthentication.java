package org.sourcework.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (demo data) through the same guarded services people use, as a
 * built-in administrator that cannot sign in. Only start-up code may use this; an ArchUnit rule
 * keeps it that way.
 */
public final class SystemAuthentication {

    private SystemAuthentication() {}

    public static <T> T asAdministrator(Supplier<T> work) {
        return as(new SignedInUser(0, "system", "Sourcework", AppRole.ADMIN, false, false, null), work);
    }

    /** Runs start-up work as an existing person, such as demo students doing their demo work. */
    public static <T> T as(SignedInUser user, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
