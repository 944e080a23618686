package org.sourcework.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A school's OpenID Connect provider on loopback, for tests: a discovery document, its key set, an
 * authorization endpoint that signs in whoever the test names next (no page: it redirects straight back
 * with a code, as a provider does for someone already signed in there), and a token endpoint that checks
 * the client's secret and the code and answers with an id_token signed RS256 with the provider's own key.
 */
public final class TestSchoolProvider implements AutoCloseable {

    public static final String CLIENT_ID = "sourcework-test-client";
    public static final String CLIENT_SECRET = "test-client-secret";

    /** Who the provider says signed in. {@code email} may be missing, and may be unconfirmed. */
    public record Person(String subject, @Nullable String email, boolean emailVerified) {

        public static Person withEmail(String subject, String email) {
            return new Person(subject, email, true);
        }
    }

    private record Grant(Person person, @Nullable String nonce, String redirectUri) {}

    private final HttpServer server;
    private final RSAKey key;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private volatile @Nullable Person next;

    public TestSchoolProvider() {
        try {
            key = new RSAKeyGenerator(2048).keyID("school-key-1").generate();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/.well-known/openid-configuration", exchange -> json(exchange, 200, discovery()));
        server.createContext("/jwks", exchange -> {
            var publicSet = new JWKSet(key.toPublicJWK()).toString();
            send(exchange, 200, "application/json", publicSet);
        });
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.start();
    }

    /** The issuer, as Sourcework is configured with it: discovery is found below it. */
    public String issuer() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort();
    }

    /** The next sign-in at this provider is this person's. */
    public void signsIn(Person person) {
        next = person;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private Map<String, Object> discovery() {
        var issuer = issuer();
        var document = new LinkedHashMap<String, Object>();
        document.put("issuer", issuer);
        document.put("authorization_endpoint", issuer + "/authorize");
        document.put("token_endpoint", issuer + "/token");
        document.put("jwks_uri", issuer + "/jwks");
        document.put("response_types_supported", List.of("code"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("scopes_supported", List.of("openid", "email", "profile"));
        document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
        document.put("grant_types_supported", List.of("authorization_code"));
        return document;
    }

    private void authorize(HttpExchange exchange) throws IOException {
        var query = form(exchange.getRequestURI().getRawQuery());
        var redirect = query.get("redirect_uri");
        var person = next;
        if (redirect == null
                || !CLIENT_ID.equals(query.get("client_id"))
                || !"code".equals(query.get("response_type"))) {
            send(exchange, 400, "text/plain", "bad authorization request");
            return;
        }
        var back = new StringBuilder(redirect).append(redirect.contains("?") ? '&' : '?');
        if (person == null) {
            back.append("error=access_denied");
        } else {
            var code = UUID.randomUUID().toString();
            codes.put(code, new Grant(person, query.get("nonce"), redirect));
            back.append("code=").append(code);
        }
        back.append("&state=").append(URLEncoder.encode(query.getOrDefault("state", ""), StandardCharsets.UTF_8));
        exchange.getResponseHeaders().add("Location", back.toString());
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        var body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        var expected = "Basic "
                + Base64.getEncoder()
                        .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            json(exchange, 401, Map.of("error", "invalid_client"));
            return;
        }
        var grant = body.get("code") == null ? null : codes.remove(body.get("code"));
        if (grant == null
                || !"authorization_code".equals(body.get("grant_type"))
                || !grant.redirectUri().equals(body.get("redirect_uri"))) {
            json(exchange, 400, Map.of("error", "invalid_grant"));
            return;
        }
        var answer = new LinkedHashMap<String, Object>();
        answer.put("access_token", UUID.randomUUID().toString());
        answer.put("token_type", "Bearer");
        answer.put("expires_in", 300);
        answer.put("scope", "openid email profile");
        answer.put("id_token", idToken(grant));
        json(exchange, 200, answer);
    }

    private String idToken(Grant grant) {
        var now = Instant.now();
        var claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(grant.person().subject())
                .audience(CLIENT_ID)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", grant.nonce());
        if (grant.person().email() != null) {
            claims.claim("email", grant.person().email())
                    .claim("email_verified", grant.person().emailVerified());
        }
        var token = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build());
        try {
            token.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return token.serialize();
    }

    private static Map<String, String> form(@Nullable String encoded) {
        var values = new HashMap<String, String>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (var pair : encoded.split("&")) {
            var split = pair.indexOf('=');
            var name = split < 0 ? pair : pair.substring(0, split);
            var value = split < 0 ? "" : pair.substring(split + 1);
            values.put(
                    URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void json(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        send(exchange, status, "application/json", JSONObjectUtils.toJSONString(body));
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type + ";charset=UTF-8");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
