package org.sourcework.lti.platform;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.sourcework.lti.PlatformDetails;
import org.springframework.web.util.HtmlUtils;

/**
 * A learning platform for tests, after 1EdTech Core 1.3 and the Security Framework 1.0: it has its own
 * RSA key pair, serves its JWKS on loopback, and answers the tool's authentication request (5.1.1.2)
 * with an auto-submitting form_post carrying a signed id_token and the tool's state (5.1.1.3). What the
 * id_token says is set per login_hint with {@link #prepare}, including the faults a test wants.
 * <p>
 * Its token endpoint grants client-credentials access tokens (Security Framework 4.1) only for a client
 * assertion signed by a key in the tool's JWKS (see {@link #trustToolKeysAt}), and its deep-linking return
 * address accepts only answers signed by such a key. Its courses' member lists (NRPS 2.0,
 * {@link TestMemberships}) answer only such tokens; every launch points to its course's list.
 */
public final class TestPlatform implements AutoCloseable {

    public static final String CLIENT_ID = "sourcework-tool";
    public static final String DEPLOYMENT_ID = "deployment-1";
    static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

    private final RSAKey key;
    /** The same key id with another key: what a forger without the platform's private key can do. */
    private final RSAKey forgerKey;

    private final HttpServer server;
    private final Map<String, Launch> launches = new ConcurrentHashMap<>();
    private final TestMemberships memberships = new TestMemberships(this::issuer, this::grants);
    /** Login hints whose id_token is a deep-linking request, not a resource-link launch. */
    private final Set<String> deepLinking = ConcurrentHashMap.newKeySet();
    /** The custom parameters of the activity launched under a login hint (deep linking made them). */
    private final Map<String, Map<String, String>> customs = new ConcurrentHashMap<>();

    private final DeepLinkReturns returns = new DeepLinkReturns(this);

    static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, Set<String>> accessTokens = new ConcurrentHashMap<>();
    private final Set<String> seenAssertions = ConcurrentHashMap.newKeySet();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private volatile String toolJwksUrl;
    private volatile String lastTokenProblem;

    static final String AGS_CLAIM = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    public static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";
    private final Map<String, String> lineItems = new ConcurrentHashMap<>();
    private final List<ReceivedScore> scores = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final AtomicInteger refusedScorePosts = new AtomicInteger();
    private volatile boolean scoresDown;

    public TestPlatform() throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048)
                .keyID("platform-key-1")
                .keyUse(KeyUse.SIGNATURE)
                .generate();
        forgerKey = new RSAKeyGenerator(2048)
                .keyID("platform-key-1")
                .keyUse(KeyUse.SIGNATURE)
                .generate();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/jwks", this::jwks);
        server.createContext("/auth", this::authorize);
        server.createContext("/deep-link-return", returns::receive);
        server.createContext("/token", this::token);
        server.createContext("/lineitems/", this::score);
        server.createContext("/nrps/", memberships);
        server.start();
    }

    public String issuer() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    public String jwksUrl() {
        return issuer() + "/jwks";
    }

    public String authUrl() {
        return issuer() + "/auth";
    }

    public String tokenUrl() {
        return issuer() + "/token";
    }

    /** What an administrator enters to register this platform with the tool, under this name. */
    public PlatformDetails details(String name) {
        return new PlatformDetails(name, issuer(), CLIENT_ID, List.of(DEPLOYMENT_ID), jwksUrl(), authUrl(), tokenUrl());
    }

    /** The courses' member lists (Names and Role Provisioning Services), which every launch points to. */
    public TestMemberships memberships() {
        return memberships;
    }

    /** The id_token the platform will send when the tool asks about this login_hint. */
    public void prepare(String loginHint, Launch launch) {
        launches.put(loginHint, launch);
    }

    /** The id_token for this login_hint: a resource-link launch of an activity with these custom parameters. */
    public void prepare(String loginHint, Launch launch, Map<String, String> custom) {
        launches.put(loginHint, launch);
        customs.put(loginHint, Map.copyOf(custom));
    }

    /**
     * The id_token for this login_hint: an LtiDeepLinkingRequest (Deep Linking 2.0, 4.4) from the
     * platform's "add external tool", asking for resource links, with {@link #dataFor} to be echoed.
     */
    public void prepareDeepLinking(String loginHint, Launch launch) {
        launches.put(loginHint, launch);
        deepLinking.add(loginHint);
    }

    /** The opaque data the platform sends with a deep-linking request and expects back. */
    public static String dataFor(String loginHint) {
        return "platform-data-" + loginHint;
    }

    public String deepLinkReturnUrl() {
        return issuer() + "/deep-link-return";
    }

    /** The deep-linking responses the platform received and verified, and those it refused. */
    public DeepLinkReturns returns() {
        return returns;
    }

    /**
     * Gives the resource link a line item (a gradebook column): launches of the link then carry the AGS
     * endpoint claim with it. Returns the line item's URL.
     */
    public String lineItemFor(String resourceLinkId) {
        return lineItems.computeIfAbsent(resourceLinkId, id -> issuer() + "/lineitems/" + id + "/lineitem");
    }

    /** While down, the score service answers every post with 503, as a platform in maintenance does. */
    public void scoresDown(boolean down) {
        this.scoresDown = down;
    }

    /** The scores the score service accepted, oldest first. */
    public List<ReceivedScore> scores() {
        return List.copyOf(scores);
    }

    /** How many score posts were answered with an error (down, bad token, wrong content type). */
    public int refusedScorePosts() {
        return refusedScorePosts.get();
    }

    /**
     * Where the tool publishes its public keys, as an administrator enters it in the platform: the token
     * endpoint and the deep-linking return address check the tool's signatures with them.
     */
    public void trustToolKeysAt(String jwksUrl) {
        this.toolJwksUrl = jwksUrl;
    }

    /** How many access tokens the token endpoint has given out. */
    public int tokensIssued() {
        return tokensIssued.get();
    }

    /** Why the token endpoint last refused, or null. */
    public String lastTokenProblem() {
        return lastTokenProblem;
    }

    /** Whether this bearer token was issued here and carries the scope. */
    public boolean grants(String authorization, String scope) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        var scopes = accessTokens.get(authorization.substring("Bearer ".length()));
        return scopes != null && scopes.contains(scope);
    }

    /** A score post to {line item}/scores: a bearer token with the score scope and the score media type. */
    private void score(HttpExchange exchange) throws IOException {
        var path = exchange.getRequestURI().getPath();
        var lineItem = issuer() + path.substring(0, path.length() - "/scores".length());
        int refusal = 0;
        if (!"POST".equals(exchange.getRequestMethod()) || !path.endsWith("/lineitem/scores")) {
            refusal = 404;
        } else if (!grants(exchange.getRequestHeaders().getFirst("Authorization"), SCORE_SCOPE)) {
            refusal = 401;
        } else if (!String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"))
                .startsWith(SCORE_TYPE)) {
            refusal = 415;
        } else if (scoresDown) {
            refusal = 503;
        }
        if (refusal != 0) {
            refusedScorePosts.incrementAndGet();
            respond(exchange, refusal, "text/plain", "refused: " + refusal);
            return;
        }
        try {
            var json =
                    JSONObjectUtils.parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            scores.add(new ReceivedScore(
                    lineItem,
                    JSONObjectUtils.getString(json, "userId"),
                    new java.math.BigDecimal(json.get("scoreGiven").toString()),
                    new java.math.BigDecimal(json.get("scoreMaximum").toString()),
                    JSONObjectUtils.getString(json, "activityProgress"),
                    JSONObjectUtils.getString(json, "gradingProgress"),
                    JSONObjectUtils.getString(json, "timestamp")));
            respond(exchange, 200, "application/json", "{}");
        } catch (java.text.ParseException | RuntimeException e) {
            refusedScorePosts.incrementAndGet();
            respond(exchange, 400, "text/plain", "not a score: " + e.getMessage());
        }
    }

    /** The client-credentials grant with a JWT client assertion (RFC 7523, Security Framework 4.1). */
    private void token(HttpExchange exchange) throws IOException {
        var form = query(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        var problem = checkTokenRequest(form);
        lastTokenProblem = problem;
        if (problem != null) {
            respond(
                    exchange,
                    400,
                    "application/json",
                    JSONObjectUtils.toJSONString(Map.of("error", "invalid_client", "error_description", problem)));
            return;
        }
        var token = UUID.randomUUID().toString();
        accessTokens.put(token, Set.of(form.get("scope").split(" ")));
        tokensIssued.incrementAndGet();
        respond(
                exchange,
                200,
                "application/json",
                JSONObjectUtils.toJSONString(Map.of(
                        "access_token",
                        token,
                        "token_type",
                        "Bearer",
                        "expires_in",
                        3600,
                        "scope",
                        form.get("scope"))));
    }

    private String checkTokenRequest(Map<String, String> form) {
        if (!"client_credentials".equals(form.get("grant_type"))) {
            return "grant_type should be client_credentials";
        }
        if (!ASSERTION_TYPE.equals(form.get("client_assertion_type"))) {
            return "client_assertion_type should be " + ASSERTION_TYPE;
        }
        if (form.getOrDefault("scope", "").isBlank()) {
            return "scope is missing";
        }
        try {
            var assertion = SignedJWT.parse(form.getOrDefault("client_assertion", ""));
            var kid = assertion.getHeader().getKeyID();
            if (!JWSAlgorithm.RS256.equals(assertion.getHeader().getAlgorithm()) || kid == null) {
                return "the assertion should be RS256 with a kid";
            }
            var toolKey = toolKeys().getKeyByKeyId(kid);
            if (toolKey == null || !assertion.verify(new RSASSAVerifier(toolKey.toRSAKey()))) {
                return "the assertion's signature does not match the tool's keys";
            }
            var claims = assertion.getJWTClaimsSet();
            var now = Instant.now();
            if (!CLIENT_ID.equals(claims.getIssuer()) || !CLIENT_ID.equals(claims.getSubject())) {
                return "iss and sub should be the client id";
            }
            if (claims.getAudience() == null || !claims.getAudience().contains(tokenUrl())) {
                return "aud should be the token URL";
            }
            if (claims.getExpirationTime() == null
                    || claims.getExpirationTime().toInstant().isBefore(now)
                    || claims.getIssueTime() == null
                    || claims.getIssueTime().toInstant().isAfter(now.plusSeconds(60))) {
                return "the assertion has expired or is not yet valid";
            }
            if (claims.getJWTID() == null || !seenAssertions.add(claims.getJWTID())) {
                return "jti missing or used before";
            }
            return null;
        } catch (java.text.ParseException | JOSEException e) {
            return "the assertion cannot be read: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (IOException e) {
            return "the tool's key set cannot be fetched: " + e;
        }
    }

    JWKSet toolKeys() throws IOException, InterruptedException, java.text.ParseException {
        if (toolJwksUrl == null) {
            throw new IOException("trustToolKeysAt was not called");
        }
        var response = http.send(
                HttpRequest.newBuilder(URI.create(toolJwksUrl)).build(), HttpResponse.BodyHandlers.ofString());
        return JWKSet.parse(response.body());
    }

    private void jwks(HttpExchange exchange) throws IOException {
        respond(exchange, 200, "application/json", new JWKSet(key.toPublicJWK()).toString());
    }

    private void authorize(HttpExchange exchange) throws IOException {
        var query = query(exchange.getRequestURI().getRawQuery());
        var problem = checkAuthenticationRequest(query);
        var launch = launches.get(query.getOrDefault("login_hint", ""));
        if (problem == null && launch == null) {
            problem = "unknown login_hint";
        }
        if (problem != null) {
            respond(exchange, 400, "text/plain", problem);
            return;
        }
        var idToken = idToken(launch, query.get("nonce"), query.get("login_hint"));
        var page = """
                <!DOCTYPE html><html><body onload="document.forms[0].submit()">
                <form method="post" action="%s">
                <input type="hidden" name="id_token" value="%s">
                <input type="hidden" name="state" value="%s">
                </form></body></html>
                """.formatted(
                HtmlUtils.htmlEscape(query.get("redirect_uri")), idToken, HtmlUtils.htmlEscape(query.get("state")));
        respond(exchange, 200, "text/html", page);
    }

    /** What 5.1.1.2 requires of the tool's authentication request; null when it is right. */
    private static String checkAuthenticationRequest(Map<String, String> query) {
        var expected = Map.of(
                "scope",
                "openid",
                "response_type",
                "id_token",
                "response_mode",
                "form_post",
                "prompt",
                "none",
                "client_id",
                CLIENT_ID);
        for (var entry : expected.entrySet()) {
            if (!entry.getValue().equals(query.get(entry.getKey()))) {
                return entry.getKey() + " should be " + entry.getValue();
            }
        }
        for (var required : List.of("redirect_uri", "login_hint", "state", "nonce")) {
            if (query.getOrDefault(required, "").isBlank()) {
                return required + " is missing";
            }
        }
        return null;
    }

    private String idToken(Launch launch, String nonce, String loginHint) {
        var now = Instant.now();
        var builder = new JWTClaimsSet.Builder();
        var lineItem = lineItems.get(launch.resourceLinkId());
        if (lineItem != null) {
            builder.claim(
                    AGS_CLAIM,
                    Map.of(
                            "scope",
                            List.of(SCORE_SCOPE, "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly"),
                            "lineitems",
                            issuer() + "/lineitems",
                            "lineitem",
                            lineItem));
        }
        var claims = builder.issuer(launch.issuer() != null ? launch.issuer() : issuer())
                .audience(launch.audience() != null ? launch.audience() : CLIENT_ID)
                .subject(launch.subject())
                .issueTime(Date.from(now.plus(launch.expiresIn()).minus(Duration.ofMinutes(5))))
                .expirationTime(Date.from(now.plus(launch.expiresIn())))
                .claim("nonce", launch.nonce() != null ? launch.nonce() : nonce)
                .claim("name", launch.name())
                .claim(LTI + "version", "1.3.0")
                .claim(LTI + "deployment_id", launch.deploymentId())
                .claim(LTI + "target_link_uri", "http://localhost/lti/launch")
                .claim(LTI + "roles", List.of(launch.role()))
                .claim(
                        LTI + "context",
                        Map.of("id", launch.contextId(), "label", "HIST", "title", launch.contextTitle()))
                .claim(LTI + "custom", customs.getOrDefault(loginHint, Map.of()))
                .claim(
                        "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice",
                        Map.of(
                                "context_memberships_url",
                                memberships.url(launch.contextId()),
                                "service_versions",
                                List.of("2.0")));
        if (deepLinking.contains(loginHint)) {
            claims.claim(LTI + "message_type", "LtiDeepLinkingRequest")
                    .claim(
                            DeepLinkReturns.DL + "deep_linking_settings",
                            Map.of(
                                    "deep_link_return_url", deepLinkReturnUrl(),
                                    "accept_types", List.of("ltiResourceLink"),
                                    "accept_presentation_document_targets", List.of("iframe", "window"),
                                    "accept_multiple", false,
                                    "auto_create", true,
                                    "data", dataFor(loginHint)));
        } else {
            claims.claim(LTI + "message_type", "LtiResourceLinkRequest")
                    .claim(LTI + "resource_link", Map.of("id", launch.resourceLinkId()));
        }
        try {
            var signer = new RSASSASigner(launch.forged() ? forgerKey : key);
            var jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .type(JOSEObjectType.JWT)
                            .build(),
                    claims.build());
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> query(String raw) {
        var params = new LinkedHashMap<String, String>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (var pair : raw.split("&")) {
            var eq = pair.indexOf('=');
            if (eq < 0) {
                continue;
            }
            params.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
