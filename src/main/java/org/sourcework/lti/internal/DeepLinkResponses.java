package org.sourcework.lti.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tool's LtiDeepLinkingResponse (Deep Linking 2.0, 4.5): a JWT signed RS256 with the tool's active
 * key, from the tool (iss = the client id the platform gave it) to the platform (aud = its issuer), with
 * the platform's data echoed and the content items chosen; none when the instructor cancelled.
 */
@Component
@Transactional
public class DeepLinkResponses {

    /** The custom parameter of an activity that names the Sourcework assignment it opens. */
    public static final String ASSIGNMENT_PARAMETER = "sourcework_assignment";

    /** Long enough for a slow browser to post it; the platform refuses it after that. */
    static final Duration LIFETIME = Duration.ofMinutes(10);

    private final PlatformRepository platforms;
    private final ToolKeys keys;
    private final Clock clock;

    DeepLinkResponses(PlatformRepository platforms, ToolKeys keys, Clock clock) {
        this.platforms = platforms;
        this.keys = keys;
        this.clock = clock;
    }

    /** The signed response for a request; {@code message} is shown by the platform when it gets it. */
    public String sign(DeepLinkRequests.Request request, List<Map<String, Object>> items, @Nullable String message) {
        var platform = platforms
                .findById(request.platformId())
                .orElseThrow(() -> new IllegalStateException("The platform of a deep-linking request is gone"));
        var now = clock.instant();
        var claims = new JWTClaimsSet.Builder()
                .issuer(platform.getClientId())
                .audience(platform.getIssuer())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .claim("nonce", UUID.randomUUID().toString())
                .claim(VerifiedLaunch.LTI + "deployment_id", request.deploymentId())
                .claim(VerifiedLaunch.LTI + "message_type", "LtiDeepLinkingResponse")
                .claim(VerifiedLaunch.LTI + "version", "1.3.0")
                .claim(VerifiedLaunch.DEEP_LINKING + "content_items", items);
        if (request.data() != null) {
            claims.claim(VerifiedLaunch.DEEP_LINKING + "data", request.data());
        }
        if (message != null) {
            claims.claim(VerifiedLaunch.DEEP_LINKING + "msg", message);
        }
        var key = keys.signingKey();
        try {
            var jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .type(JOSEObjectType.JWT)
                            .build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a deep-linking response", e);
        }
    }
}
