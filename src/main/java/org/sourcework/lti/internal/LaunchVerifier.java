package org.sourcework.lti.internal;

import com.nimbusds.jose.JWSAlgorithm;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * The checks of 1EdTech Security Framework 5.1.3 on a launch's id_token, in order, each failing with its
 * own reason: the signature by a key from the platform's JWKS (Nimbus fetches and caches the set, and
 * fetches again for a key id it does not know, so a platform may rotate), the issuer, the audience and
 * authorised party, the expiry, the deployment, the message, and the nonce, used once.
 */
@Component
class LaunchVerifier {

    /** Clocks of platform and tool may differ a little. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final LoginStates logins;
    private final Clock clock;
    private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

    LaunchVerifier(LoginStates logins, Clock clock) {
        this.logins = logins;
        this.clock = clock;
    }

    VerifiedLaunch verify(Platform platform, LoginStates.Login login, String idToken) {
        long id = platform.getId();
        var jwt = decode(platform, idToken);
        if (!platform.getIssuer().equals(jwt.getClaimAsString("iss"))) {
            throw new LaunchRefused(LaunchProblem.WRONG_ISSUER, id, "iss=" + jwt.getClaimAsString("iss"));
        }
        var audience = jwt.getAudience() == null ? List.<String>of() : jwt.getAudience();
        var azp = jwt.getClaimAsString("azp");
        if (!audience.contains(platform.getClientId())
                || azp != null && !azp.equals(platform.getClientId())
                || azp == null && audience.size() > 1) {
            throw new LaunchRefused(LaunchProblem.WRONG_AUDIENCE, id, "aud=" + audience + ", azp=" + azp);
        }
        var now = clock.instant();
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null
                || expiresAt.plus(CLOCK_SKEW).isBefore(now)
                || jwt.getIssuedAt() != null
                        && jwt.getIssuedAt().minus(CLOCK_SKEW).isAfter(now)) {
            throw new LaunchRefused(LaunchProblem.EXPIRED_TOKEN, id, "exp=" + expiresAt + ", iat=" + jwt.getIssuedAt());
        }
        var deployment = jwt.getClaimAsString(VerifiedLaunch.LTI + "deployment_id");
        if (deployment == null || !platform.hasDeployment(deployment)) {
            throw new LaunchRefused(LaunchProblem.UNKNOWN_DEPLOYMENT, id, "deployment_id=" + deployment);
        }
        var launch = launch(platform, jwt);
        var nonce = jwt.getClaimAsString("nonce");
        var use = nonce == null ? LoginStates.NonceUse.NOT_THIS_LOGINS : logins.use(nonce, login.state());
        if (use == LoginStates.NonceUse.ALREADY_USED) {
            throw new LaunchRefused(LaunchProblem.NONCE_REUSED, id, "sub=" + launch.subject());
        }
        if (use == LoginStates.NonceUse.NOT_THIS_LOGINS) {
            throw new LaunchRefused(LaunchProblem.WRONG_NONCE, id, "sub=" + launch.subject());
        }
        return launch;
    }

    private Jwt decode(Platform platform, String idToken) {
        var decoder = decoders.computeIfAbsent(platform.getId() + " " + platform.getJwksUrl(), key -> {
            var nimbus = NimbusJwtDecoder.withJwkSetUri(platform.getJwksUrl())
                    .jwsAlgorithm(SignatureAlgorithm.from(JWSAlgorithm.RS256.getName()))
                    .build();
            // every claim is checked above, each with its own reason; the decoder checks the signature only
            nimbus.setJwtValidator(jwt -> OAuth2TokenValidatorResult.success());
            return nimbus;
        });
        try {
            return decoder.decode(idToken);
        } catch (JwtException e) {
            throw new LaunchRefused(LaunchProblem.BAD_SIGNATURE, platform.getId(), e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static VerifiedLaunch launch(Platform platform, Jwt jwt) {
        var type = jwt.getClaimAsString(VerifiedLaunch.LTI + "message_type");
        var version = jwt.getClaimAsString(VerifiedLaunch.LTI + "version");
        var context = jwt.getClaimAsMap(VerifiedLaunch.LTI + "context");
        var sub = jwt.getSubject();
        var deepLinking = VerifiedLaunch.DEEP_LINKING_REQUEST.equals(type) ? deepLinking(platform, jwt) : null;
        if (!(VerifiedLaunch.RESOURCE_LINK_REQUEST.equals(type) || deepLinking != null)
                || !"1.3.0".equals(version)
                || sub == null
                || sub.isBlank()
                || context == null
                || !(context.get("id") instanceof String contextId)) {
            throw new LaunchRefused(
                    LaunchProblem.NOT_A_LAUNCH, platform.getId(), "message_type=" + type + ", version=" + version);
        }
        var roles = jwt.getClaimAsStringList(VerifiedLaunch.LTI + "roles");
        var link = jwt.getClaimAsMap(VerifiedLaunch.LTI + "resource_link");
        var presentation = jwt.getClaimAsMap(VerifiedLaunch.LTI + "launch_presentation");
        String title =
                context.get("title") instanceof String t ? t : context.get("label") instanceof String l ? l : null;
        return new VerifiedLaunch(
                platform.getId(),
                platform.getName(),
                sub,
                jwt.getClaimAsString("name"),
                jwt.getClaimAsString("email"),
                roles == null ? List.of() : roles,
                contextId,
                title,
                link != null && link.get("id") instanceof String linkId ? linkId : null,
                presentation != null && presentation.get("return_url") instanceof String url ? url : null,
                jwt.getClaimAsString(VerifiedLaunch.LTI + "deployment_id"),
                custom(jwt),
                deepLinking,
                GradeEndpoint.of(jwt.getClaimAsMap(GradeEndpoint.CLAIM)),
                MembershipsClaim.from(jwt.getClaimAsMap(MembershipsClaim.CLAIM)));
    }

    /** Deep Linking 2.0, 4.4.1: a request without a return address or accepted types is no request. */
    private static VerifiedLaunch.DeepLinkingSettings deepLinking(Platform platform, Jwt jwt) {
        var settings = jwt.getClaimAsMap(VerifiedLaunch.DEEP_LINKING + "deep_linking_settings");
        if (settings == null
                || !(settings.get("deep_link_return_url") instanceof String returnUrl)
                || !(settings.get("accept_types") instanceof List<?> types)) {
            throw new LaunchRefused(LaunchProblem.NOT_A_LAUNCH, platform.getId(), "deep_linking_settings incomplete");
        }
        return new VerifiedLaunch.DeepLinkingSettings(
                returnUrl,
                types.stream().map(String::valueOf).toList(),
                settings.get("data") instanceof String data ? data : null);
    }

    /** The activity's custom parameters; platforms send strings, anything else is left out. */
    private static Map<String, String> custom(Jwt jwt) {
        var custom = jwt.getClaimAsMap(VerifiedLaunch.LTI + "custom");
        var strings = new java.util.LinkedHashMap<String, String>();
        if (custom != null) {
            custom.forEach((key, value) -> {
                if (value instanceof String text) {
                    strings.put(key, text);
                }
            });
        }
        return strings;
    }
}
