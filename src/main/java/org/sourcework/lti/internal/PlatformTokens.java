package org.sourcework.lti.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Access tokens for a platform's services (grades, roster), by the OAuth 2 client-credentials grant with
 * a signed JWT as the client's credential (1EdTech Security Framework 4.1, RFC 7523): the tool proves
 * who it is with its own signing key, whose public half the platform reads from the tool's JWKS. Tokens
 * are kept per platform and scopes until shortly before they expire, so a class's forty grades need one
 * token, not forty.
 */
@Component
public class PlatformTokens {

    static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(5);
    /** A token is renewed this long before it expires, so none runs out between asking and using it. */
    static final Duration RENEW_BEFORE = Duration.ofSeconds(60);
    /** When the platform does not say how long a token lasts (expires_in is only recommended). */
    static final Duration ASSUMED_LIFETIME = Duration.ofMinutes(5);

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final ToolKeys keys;
    private final Clock clock;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String value, Instant renewAt) {}

    PlatformTokens(ToolKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * A bearer token for these scopes at the platform, from the cache or fresh from its token URL.
     *
     * @throws PlatformCallFailed when the token endpoint cannot be reached or gives no token
     */
    public String bearer(Platform platform, String... scopes) {
        var scope = Arrays.stream(scopes).sorted().distinct().collect(Collectors.joining(" "));
        var tokenUrl = platform.details().tokenUrl();
        var cacheKey = platform.getId() + " " + platform.getClientId() + " " + tokenUrl + " " + scope;
        var now = clock.instant();
        var cached = tokens.get(cacheKey);
        if (cached != null && now.isBefore(cached.renewAt())) {
            return cached.value();
        }
        var fresh = request(platform.getClientId(), tokenUrl, scope, now);
        tokens.put(cacheKey, fresh);
        return fresh.value();
    }

    /** Drops the platform's cached tokens, for when it refused one (revoked, or its keys changed). */
    public void forget(Platform platform) {
        tokens.keySet().removeIf(key -> key.startsWith(platform.getId() + " "));
    }

    private Token request(String clientId, String tokenUrl, String scope, Instant now) {
        var form = new LinkedHashMap<String, String>();
        form.put("grant_type", "client_credentials");
        form.put("client_assertion_type", ASSERTION_TYPE);
        form.put("client_assertion", assertion(clientId, tokenUrl, now));
        form.put("scope", scope);
        var body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response;
        try {
            response = http.send(
                    HttpRequest.newBuilder(URI.create(tokenUrl))
                            .timeout(TIMEOUT)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PlatformCallFailed(PlatformCallFailed.Kind.UNREACHABLE, "token endpoint " + tokenUrl + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformCallFailed(PlatformCallFailed.Kind.UNREACHABLE, "interrupted while asking " + tokenUrl);
        }
        if (response.statusCode() != 200) {
            throw new PlatformCallFailed(
                    PlatformCallFailed.Kind.NO_TOKEN,
                    "token endpoint answered " + response.statusCode() + ": " + shortened(response.body()));
        }
        try {
            var json = JSONObjectUtils.parse(response.body());
            var value = JSONObjectUtils.getString(json, "access_token");
            var type = JSONObjectUtils.getString(json, "token_type");
            if (value == null || value.isBlank() || type == null || !type.equalsIgnoreCase("Bearer")) {
                throw new PlatformCallFailed(
                        PlatformCallFailed.Kind.NO_TOKEN, "no bearer token in: " + shortened(response.body()));
            }
            var lifetime = json.get("expires_in") instanceof Number seconds
                    ? Duration.ofSeconds(seconds.longValue())
                    : ASSUMED_LIFETIME;
            return new Token(value, now.plus(lifetime).minus(RENEW_BEFORE));
        } catch (ParseException e) {
            throw new PlatformCallFailed(
                    PlatformCallFailed.Kind.NO_TOKEN, "token answer is not JSON: " + shortened(response.body()));
        }
    }

    /** The client assertion: issued by and about the tool (its client id), for the token endpoint only. */
    private String assertion(String clientId, String tokenUrl, Instant now) {
        var key = keys.signingKey();
        var claims = new JWTClaimsSet.Builder()
                .issuer(clientId)
                .subject(clientId)
                .audience(tokenUrl)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ASSERTION_LIFETIME)))
                .build();
        var jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(key.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a client assertion with the tool's key", e);
        }
        return jwt.serialize();
    }

    private static String shortened(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
