package org.sourcework.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in form posted from another site, as browsers label it ({@code Sec-Fetch-Site}),
 * even if it carried a CSRF token. The token check behind it is what stops older browsers and
 * scripts; this label cannot be forged by a page and, unlike comparing the Origin with the Host
 * header, does not depend on how a TLS proxy in front rewrites the host.
 */
final class CrossSiteSignInFilter extends OncePerRequestFilter {

    private static final Set<String> OTHER_SITES = Set.of("cross-site", "same-site");

    private final RequestMatcher signInForm;

    CrossSiteSignInFilter(RequestMatcher signInForm) {
        this.signInForm = signInForm;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var site = request.getHeader("Sec-Fetch-Site");
        if (site != null && OTHER_SITES.contains(site) && signInForm.matches(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
