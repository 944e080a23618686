package org.sourcework.security;

import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Response headers on every page: a Content-Security-Policy, no framing, no MIME sniffing, no
 * referrer to other sites, no caching (pages show students' work) and, over TLS, HSTS.
 */
final class SecurityHeaders {

    /**
     * As strict as Vaadin Flow allows, checked in Chromium by {@code ContentSecurityPolicyIT}:
     * <ul>
     * <li>scripts: our own files, plus the bootstrap page's inline scripts by a per-response nonce
     * ({@link CspNonceListener}); no other inline script or event-handler attribute runs.
     * {@code 'unsafe-eval'} stays because Flow runs {@code executeJs} and its renderers through
     * {@code new Function}.</li>
     * <li>styles: {@code 'unsafe-inline'}, because Vaadin's components and theme add {@code <style>}
     * elements at run time, which no nonce can reach.</li>
     * <li>images and fonts may be data: URLs (Lumo's icons); connections only to this server (Flow's
     * requests and push).</li>
     * </ul>
     */
    static final String POLICY = "default-src 'self'; script-src 'self' 'nonce-%s' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors %s";

    private static final String NONCE = SecurityHeaders.class.getName() + ".nonce";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecurityHeaders() {}

    static void configure(HeadersConfigurer<HttpSecurity> headers, FramingPolicy framing) {
        // X-Frame-Options has no list of sites: it is left out where frame-ancestors names some
        headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::disable)
                .contentTypeOptions(options -> {})
                .cacheControl(cache -> {})
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                // written only on requests that arrived over TLS (server.forward-headers-strategy under prod)
                .httpStrictTransportSecurity(
                        hsts -> hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds()))
                .addHeaderWriter((request, response) -> {
                    var ancestors = framing.frameAncestors(request);
                    if (ancestors.isEmpty()) {
                        response.setHeader("X-Frame-Options", "DENY");
                    }
                    response.setHeader(
                            "Content-Security-Policy",
                            POLICY.formatted(
                                    nonce(request),
                                    ancestors.isEmpty()
                                            ? "'none'"
                                            : String.join(" ", new java.util.TreeSet<>(ancestors))));
                });
        // Vaadin writes its bootstrap page without ever committing through Spring Security's lazy
        // header writer, so the headers are set before the page is handed on
        headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
    }

    /** The script nonce of this response, made once per request. */
    static String nonce(HttpServletRequest request) {
        if (request.getAttribute(NONCE) instanceof String nonce) {
            return nonce;
        }
        var bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        var nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE, nonce);
        return nonce;
    }
}
