package org.sourcework.lti.platform;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

/**
 * The test platform's Names and Role Provisioning Services 2.0 (membership container at
 * {@code /nrps/<context id>}): it answers only a bearer token its token endpoint issued with the read-only
 * membership scope and only the membership container media type, and gives {@link #PAGE_SIZE} members a
 * page with a {@code Link: <...>; rel="next"} header to the next, as section 2.4.2 describes.
 */
public final class TestMemberships implements HttpHandler {

    public static final String SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    public static final String MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    static final int PAGE_SIZE = 2;

    private final Supplier<String> issuer;
    private final BiPredicate<String, String> grants;
    private final Map<String, List<CourseMember>> courses = new ConcurrentHashMap<>();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private final AtomicInteger pagesServed = new AtomicInteger();

    TestMemberships(Supplier<String> issuer, BiPredicate<String, String> grants) {
        this.issuer = issuer;
        this.grants = grants;
    }

    /** The address a launch from this course gives for its member list. */
    public String url(String contextId) {
        return issuer.get() + "/nrps/" + contextId;
    }

    /** Who the course has now. */
    public void members(String contextId, CourseMember... members) {
        courses.put(contextId, List.of(members));
        failing.remove(contextId);
    }

    /** The course's member list answers 500 from now on. */
    public void fail(String contextId) {
        failing.add(contextId);
    }

    /** How many pages of member lists were served, to show that the tool followed "next". */
    public int pagesServed() {
        return pagesServed.get();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        var contextId = exchange.getRequestURI().getPath().substring("/nrps/".length());
        var accept = exchange.getRequestHeaders().getFirst("Accept");
        if (!"GET".equals(exchange.getRequestMethod())) {
            respond(exchange, 405, "text/plain", "GET only");
            return;
        }
        if (!grants.test(exchange.getRequestHeaders().getFirst("Authorization"), SCOPE)) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            respond(exchange, 401, "text/plain", "a bearer token with the membership scope is required");
            return;
        }
        if (accept == null || !accept.contains(MEDIA_TYPE)) {
            respond(exchange, 406, "text/plain", "Accept " + MEDIA_TYPE);
            return;
        }
        if (failing.contains(contextId)) {
            respond(exchange, 500, "text/plain", "the roster service is down");
            return;
        }
        var members = courses.get(contextId);
        if (members == null) {
            respond(exchange, 404, "text/plain", "no such course");
            return;
        }
        var query = TestPlatform.query(exchange.getRequestURI().getRawQuery());
        int page = Integer.parseInt(query.getOrDefault("page", "0"));
        int from = Math.min(page * PAGE_SIZE, members.size());
        int to = Math.min(from + PAGE_SIZE, members.size());
        if (to < members.size()) {
            exchange.getResponseHeaders().add("Link", "<" + url(contextId) + "?page=" + (page + 1) + ">; rel=\"next\"");
        }
        pagesServed.incrementAndGet();
        var body = Map.of(
                "id",
                url(contextId),
                "context",
                Map.of("id", contextId, "title", "Course " + contextId),
                "members",
                members.subList(from, to).stream().map(CourseMember::json).toList());
        respond(exchange, 200, MEDIA_TYPE, JSONObjectUtils.toJSONString(body));
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
