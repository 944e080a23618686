package org.sourcework.base.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A cookie naming this run of the server, so a page that loses its session can tell a restart (the
 * cookie changed on the way) from a session that ran out after a long pause, and say which. It holds
 * nothing about the person.
 */
@Component
class ServerInstanceCookie extends OncePerRequestFilter {

    static final String NAME = "sourcework-instance";

    private final String instance = UUID.randomUUID().toString();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var cookies = request.getCookies();
        var known = cookies != null
                && Arrays.stream(cookies)
                        .anyMatch(cookie -> NAME.equals(cookie.getName()) && instance.equals(cookie.getValue()));
        if (!known) {
            response.addHeader(
                    "Set-Cookie",
                    ResponseCookie.from(NAME, instance)
                            .path("/")
                            .sameSite("Lax")
                            .build()
                            .toString());
        }
        chain.doFilter(request, response);
    }
}
