package org.sourcework.lti.platform;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The platform's deep-linking return address (Deep Linking 2.0, 4.5): it takes the tool's form post,
 * verifies the JWT's signature with a key from the tool's published key set (found by the header's kid)
 * and its claims, and keeps what it received, as a platform would before adding the content items.
 */
public final class DeepLinkReturns {

    static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";

    private final TestPlatform platform;
    private final List<JWTClaimsSet> received = new CopyOnWriteArrayList<>();
    private final List<String> refused = new CopyOnWriteArrayList<>();

    DeepLinkReturns(TestPlatform platform) {
        this.platform = platform;
    }

    /** The claims of every verified response, in the order received. */
    public List<JWTClaimsSet> received() {
        return List.copyOf(received);
    }

    /** Why responses were refused. */
    public List<String> refused() {
        return List.copyOf(refused);
    }

    void receive(HttpExchange exchange) throws IOException {
        var form = TestPlatform.query(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String problem;
        try {
            problem = verify(form.get("JWT"));
        } catch (Exception e) {
            problem = "unreadable: " + e;
        }
        if (problem != null) {
            refused.add(problem);
        }
        var body = (problem == null ? "received" : problem).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(problem == null ? 200 : 400, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Null when the response is right; else what is wrong with it. */
    private String verify(String serialized) throws Exception {
        if (serialized == null) {
            return "no JWT parameter";
        }
        var jwt = SignedJWT.parse(serialized);
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
                || jwt.getHeader().getKeyID() == null) {
            return "not RS256 with a kid";
        }
        var key = (RSAKey) platform.toolKeys().getKeyByKeyId(jwt.getHeader().getKeyID());
        if (key == null || !jwt.verify(new RSASSAVerifier(key))) {
            return "signature does not verify with the tool's published keys";
        }
        var claims = jwt.getJWTClaimsSet();
        var now = Instant.now();
        Map<String, Object> expected = Map.of(
                "iss",
                TestPlatform.CLIENT_ID,
                TestPlatform.LTI + "message_type",
                "LtiDeepLinkingResponse",
                TestPlatform.LTI + "version",
                "1.3.0",
                TestPlatform.LTI + "deployment_id",
                TestPlatform.DEPLOYMENT_ID);
        for (var claim : expected.entrySet()) {
            if (!claim.getValue().equals(claims.getClaim(claim.getKey()))) {
                return claim.getKey() + " is " + claims.getClaim(claim.getKey());
            }
        }
        if (!claims.getAudience().equals(List.of(platform.issuer()))) {
            return "aud is " + claims.getAudience();
        }
        if (claims.getExpirationTime() == null
                || claims.getExpirationTime().toInstant().isBefore(now)
                || claims.getIssueTime() == null
                || claims.getIssueTime().toInstant().isAfter(now.plus(Duration.ofMinutes(1)))) {
            return "expired or issued in the future";
        }
        if (claims.getStringClaim("nonce") == null
                || claims.getStringClaim("nonce").isBlank()) {
            return "no nonce";
        }
        if (!(claims.getClaim(DL + "content_items") instanceof List<?>)) {
            return "no content_items";
        }
        received.add(claims);
        return null;
    }
}
