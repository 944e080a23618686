package org.sourcework.lti.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sourcework.security.FramingPolicy;
import org.springframework.stereotype.Component;

/**
 * Lets learning platforms show Sourcework in their iframe: the launch pages may be framed by any
 * registered platform; the pages of a session that a launch began, by that platform only.
 */
@Component
class LtiFraming implements FramingPolicy {

    static final String SESSION_ORIGINS = LtiFraming.class.getName() + ".origins";

    private final PlatformRepository platforms;

    LtiFraming(PlatformRepository platforms) {
        this.platforms = platforms;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<String> frameAncestors(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/lti/")) {
            var origins = new LinkedHashSet<String>();
            platforms.findAll().forEach(p -> origins.addAll(originsOf(p, null)));
            return origins;
        }
        var session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ORIGINS) instanceof Set<?> origins) {
            return (Set<String>) origins;
        }
        return Set.of();
    }

    /** The platform's own addresses, and the course page it returns to (Canvas: the school's domain). */
    static Set<String> originsOf(Platform platform, @Nullable String returnUrl) {
        var origins = new LinkedHashSet<String>();
        for (var url : new String[] {platform.getIssuer(), platform.getAuthUrl(), returnUrl}) {
            origin(url).ifPresent(origins::add);
        }
        return Set.copyOf(origins);
    }

    private static java.util.Optional<String> origin(@Nullable String url) {
        if (url == null) {
            return java.util.Optional.empty();
        }
        try {
            var uri = URI.create(url);
            if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(
                    uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
