package org.sourcework.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds every request of an open session against the account as it is now: when an administrator
 * has disabled it, changed its role or reset its password since sign-in, the session ends before
 * the request reaches Vaadin or a service. Vaadin's own requests (saving, heartbeats, downloads)
 * pass here too. Reading the database rather than a list of sessions in memory makes a change
 * reach sessions on every server that shares it. See docs/decisions/0008-account-changes-end-sessions.md.
 */
final class AccountChangeFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AccountChangeFilter.class);

    private final AccountStates accounts;
    private final SecurityContextHolderStrategy holder;

    AccountChangeFilter(AccountStates accounts, SecurityContextHolderStrategy holder) {
        this.accounts = accounts;
        this.holder = holder;
    }

    /**
     * Built here from the beans of the security setup's own context rather than declared as a bean,
     * which Spring Boot would also register as a servlet filter and run a second time.
     */
    static AccountChangeFilter of(HttpSecurity http) {
        var context = http.getSharedObject(ApplicationContext.class);
        return new AccountChangeFilter(
                context.getBean(AccountStates.class), context.getBean(SecurityContextHolderStrategy.class));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = holder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            changeOf(user).ifPresent(change -> end(request, response, user, change));
        }
        chain.doFilter(request, response);
    }

    private Optional<AccountChange> changeOf(SignedInUser user) {
        return accounts.current(user.id())
                .map(state -> state.changeSince(user))
                .orElse(Optional.of(AccountChange.DISABLED));
    }

    /**
     * Signs the request out and ends its session; the rest of the chain then treats it as anonymous,
     * so a page is sent to sign in and Vaadin answers its own requests with "session expired",
     * after which the browser reloads and lands on the sign-in page.
     */
    private void end(
            HttpServletRequest request, HttpServletResponse response, SignedInUser user, AccountChange change) {
        holder.clearContext();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        change.rememberIn(request.getSession(true));
        change.tell(response);
        log.info(
                "Ended a session of {}: the account was {} since sign-in",
                user.getUsername(),
                change == AccountChange.DISABLED ? "disabled" : "changed");
    }
}
