package org.sourcework.lti.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a launched person in the way the sign-in form does: the account loaded by the same
 * UserDetailsService (so the session carries its security stamp and account changes reach it) and the
 * security context kept in the HTTP session. Any earlier session is dropped first, with whatever
 * VaadinSession it held for someone else, and the new one remembers which platform may frame it. Inside
 * the platform's frame its cookie is one that the browser keeps there (decision 16, "Frames").
 */
@Component
class LaunchSignIn {

    private final UserDetailsService accounts;
    private final SecurityContextHolderStrategy holder;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    LaunchSignIn(UserDetailsService accounts, SecurityContextHolderStrategy holder) {
        this.accounts = accounts;
        this.holder = holder;
    }

    void signIn(String username, Set<String> frameOrigins, HttpServletRequest request, HttpServletResponse response) {
        var user = accounts.loadUserByUsername(username);
        if (!user.isEnabled()) {
            throw new LaunchRefused(LaunchProblem.ACCOUNT_DISABLED, null, "username=" + username);
        }
        var previous = request.getSession(false);
        if (previous != null) {
            previous.invalidate();
        }
        var session = request.getSession(true);
        session.setAttribute(LtiFraming.SESSION_ORIGINS, frameOrigins);
        if (FramedLaunch.inFrame(request)) {
            FramedLaunch.sessionCookieForFrame(session, request, response);
        }
        var context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        holder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
