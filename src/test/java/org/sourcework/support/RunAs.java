package org.sourcework.support;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Runs a piece of a test as a real account, loaded the way sign-in loads it. */
@Component
public class RunAs {

    private final UserDetailsService accounts;
    // this context's own holder: each Spring context installs its own, so the static holder may
    // belong to another context started by another test class
    private final SecurityContextHolderStrategy holder;

    RunAs(UserDetailsService accounts, SecurityContextHolderStrategy holder) {
        this.accounts = accounts;
        this.holder = holder;
    }

    public <T> T user(String username, Supplier<T> work) {
        var previous = holder.getContext();
        var principal = accounts.loadUserByUsername(username);
        var context = holder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        holder.setContext(context);
        try {
            return work.get();
        } finally {
            holder.setContext(previous);
        }
    }

    public void user(String username, Runnable work) {
        user(username, () -> {
            work.run();
            return null;
        });
    }
}
