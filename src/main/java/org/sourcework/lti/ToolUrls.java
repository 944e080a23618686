package org.sourcework.lti;

import org.sourcework.security.OpenToAnyone;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The addresses an administrator pastes into a platform. They start with {@code sourcework.public-url}
 * when set (behind a proxy that is the address people use), else with the address of the current request.
 */
@Component
public class ToolUrls {

    private static final String PUBLIC_ADDRESSES = "reads no data: the tool's public addresses, shown to any platform";

    private final String publicUrl;

    ToolUrls(@Value("${sourcework.public-url:}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @OpenToAnyone(PUBLIC_ADDRESSES)
    public String base() {
        if (!publicUrl.isBlank()) {
            return publicUrl;
        }
        try {
            return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        } catch (IllegalStateException noRequest) {
            return "http://localhost:8080";
        }
    }

    @OpenToAnyone(PUBLIC_ADDRESSES)
    public String loginInitiation() {
        return base() + "/lti/login";
    }

    @OpenToAnyone(PUBLIC_ADDRESSES)
    public String launch() {
        return base() + "/lti/launch";
    }

    /** Deep-linking responses come back through the launch address too (LtiDeepLinkingRequest). */
    @OpenToAnyone(PUBLIC_ADDRESSES)
    public String deepLinking() {
        return base() + "/lti/launch";
    }

    @OpenToAnyone(PUBLIC_ADDRESSES)
    public String jwks() {
        return base() + "/lti/jwks";
    }
}
