package org.sourcework.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * Which other sites may show a response inside a frame. Pages are framed by nobody, except where a
 * feature says otherwise for a request: a learning platform that launches Sourcework in its iframe
 * (lti). The origins go into the Content-Security-Policy's frame-ancestors.
 */
public interface FramingPolicy {

    /** The origins (scheme://host[:port]) that may frame this response; empty: none. */
    Set<String> frameAncestors(HttpServletRequest request);
}
