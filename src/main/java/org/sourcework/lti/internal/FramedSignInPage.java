package org.sourcework.lti.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A frame sent to the sign-in page (its session was signed out or timed out) is sent on to a page that
 * says the session has ended and how to go on. No site may frame the sign-in page, so the frame would
 * otherwise show the browser's own error; the page it gets instead is framed only by registered platforms,
 * like every page under /lti/ ({@link LtiFraming}).
 */
@Component
class FramedSignInPage extends OncePerRequestFilter {

    /** Under the controller's /lti. */
    static final String SESSION_ENDED = "/session-ended";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod()) || !"/login".equals(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (FramedLaunch.inFrame(request)) {
            response.sendRedirect(request.getContextPath() + "/lti" + SESSION_ENDED);
            return;
        }
        chain.doFilter(request, response);
    }
}
