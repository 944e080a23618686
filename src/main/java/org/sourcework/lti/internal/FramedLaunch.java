package org.sourcework.lti.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The cookies of a launch inside the platform's iframe, where Sourcework is a third party (decision 16,
 * "Frames"). Browsers send a cookie into another site's frame only when it is {@code SameSite=None}, and
 * keep it only when it is {@code Secure}; {@code Partitioned} (CHIPS) keeps it for frames under that one
 * platform's pages, so Chromium keeps it even where third-party cookies are blocked, and no other site's
 * page can make the browser send it. Pages opened outside a frame keep the ordinary Lax session cookie.
 */
final class FramedLaunch {

    /** Where a framed login checks that its cookie comes back; under the state cookie's path. */
    static final String CHECK_PATH = "/lti/launch/check";

    private FramedLaunch() {}

    /**
     * The browser says a frame asked for this page: Chromium, Firefox and Safari (16.4 on) send
     * {@code Sec-Fetch-Dest} with every navigation, and a page cannot set it.
     */
    static boolean inFrame(HttpServletRequest request) {
        var destination = request.getHeader("Sec-Fetch-Dest");
        return "iframe".equals(destination) || "frame".equals(destination);
    }

    /**
     * A login's state cookie. The platform posts the launch from another site, inside its frame or in a new
     * window: only a SameSite=None cookie travels with that post.
     */
    static ResponseCookie stateCookie(String name, String state, HttpServletRequest request, Duration lifetime) {
        return ResponseCookie.from(name, state)
                .path(request.getContextPath() + "/lti/launch")
                .maxAge(lifetime)
                .httpOnly(true)
                .secure(true)
                .sameSite("None")
                .partitioned(true)
                .build();
    }

    /**
     * Replaces the Lax session cookie that the container has just set for a new session with one that
     * the browser keeps and sends inside the platform's frame. Every other cookie of the response stays.
     */
    static void sessionCookieForFrame(HttpSession session, HttpServletRequest request, HttpServletResponse response) {
        var config = request.getServletContext().getSessionCookieConfig();
        var name = config.getName() == null ? "JSESSIONID" : config.getName();
        var path = config.getPath() != null
                ? config.getPath()
                : request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        var others = response.getHeaders(HttpHeaders.SET_COOKIE).stream()
                .filter(header -> !header.startsWith(name + "="))
                .toList();
        var cookie = ResponseCookie.from(name, session.getId())
                .path(path)
                .httpOnly(true)
                .secure(true)
                .sameSite("None")
                .partitioned(true)
                .build();
        response.setHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        others.forEach(header -> response.addHeader(HttpHeaders.SET_COOKIE, header));
    }

    /** The check a framed login goes through: the login's parameters and its state. */
    static String checkUrl(HttpServletRequest request, Map<String, String> initiation, String state) {
        var parameters = new LinkedHashMap<>(initiation);
        parameters.put("state", state);
        return request.getContextPath() + CHECK_PATH + "?" + query(parameters);
    }

    /** The same login initiation again, for a new window, where the browser keeps first-party cookies. */
    static String newWindowUrl(HttpServletRequest request, Map<String, String> initiation) {
        return request.getContextPath() + "/lti/login?" + query(initiation);
    }

    // form encoding, which the servlet decodes: a login_hint may hold '+', '&' or '='
    private static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
