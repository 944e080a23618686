package org.sourcework.support;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Runs a piece of a test as a real account, loaded the way sign-in loads it. */
@Component
public class RunAs {

    private final UserDetailsService accounts;

    RunAs(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    public <T> T user(String username, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var principal = accounts.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void user(String username, Runnable work) {
        user(username, () -> {
            work.run();
            return null;
        });
    }
}
