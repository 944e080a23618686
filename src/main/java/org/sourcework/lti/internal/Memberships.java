package org.sourcework.lti.internal;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads a course's member list from its platform (1EdTech Names and Role Provisioning Services 2.0): a GET
 * of the context_memberships_url with an access token for the read-only membership scope, following the
 * {@code Link: <...>; rel="next"} header page by page.
 */
@Component
public class Memberships {

    static final String SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
    static final String MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
    static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** A platform that keeps sending "next" is broken; a course of thousands fits in far fewer pages. */
    static final int MAX_PAGES = 200;

    private static final Pattern LINK = Pattern.compile("<([^>]*)>([^<]*)");
    private static final Pattern REL =
            Pattern.compile("rel\\s*=\\s*(?:\"([^\"]*)\"|([^;,\\s]+))", Pattern.CASE_INSENSITIVE);

    private final PlatformTokens tokens;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    Memberships(PlatformTokens tokens) {
        this.tokens = tokens;
    }

    /**
     * Every member of the course, each once (a later page wins).
     *
     * @throws PlatformCallFailed when the platform cannot be reached, gives no token, or answers with an error
     */
    public List<Member> read(Platform platform, String url) {
        var token = tokens.bearer(platform, SCOPE);
        var members = new LinkedHashMap<String, Member>();
        var seen = new HashSet<URI>();
        @Nullable URI page = address(url, null);
        while (page != null) {
            if (seen.size() == MAX_PAGES || !seen.add(page)) {
                throw new PlatformCallFailed(PlatformCallFailed.Kind.REFUSED, "the member list's pages do not end");
            }
            var response = get(page, token);
            if (response.statusCode() == 401) {
                // a revoked or expired token: the next attempt asks for a new one
                tokens.forget(platform);
            }
            if (response.statusCode() != 200) {
                throw new PlatformCallFailed(
                        PlatformCallFailed.Kind.REFUSED, "member list " + page + " answered " + response.statusCode());
            }
            members(response.body()).forEach(member -> members.put(member.userId(), member));
            var base = page;
            page = next(response.headers().allValues("Link"))
                    .map(link -> address(link, base))
                    .orElse(null);
        }
        return List.copyOf(members.values());
    }

    /** An address the platform gave, resolved against the page it came with; refused when it is none. */
    private static URI address(String given, @Nullable URI base) {
        try {
            var uri = base == null ? URI.create(given) : base.resolve(given);
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
                throw new IllegalArgumentException("not a web address");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new PlatformCallFailed(PlatformCallFailed.Kind.REFUSED, "member list address " + given + ": " + e);
        }
    }

    private HttpResponse<String> get(URI page, String token) {
        try {
            return http.send(
                    HttpRequest.newBuilder(page)
                            .timeout(TIMEOUT)
                            .header("Authorization", "Bearer " + token)
                            .header("Accept", MEDIA_TYPE)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | IllegalArgumentException e) {
            throw new PlatformCallFailed(PlatformCallFailed.Kind.UNREACHABLE, "member list " + page + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformCallFailed(PlatformCallFailed.Kind.UNREACHABLE, "interrupted while reading " + page);
        }
    }

    /** The address of the next page in the Link headers (RFC 8288), if any. */
    static Optional<String> next(List<String> linkHeaders) {
        for (var header : linkHeaders) {
            var link = LINK.matcher(header);
            while (link.find()) {
                var rel = REL.matcher(link.group(2));
                if (rel.find()) {
                    var relations = (rel.group(1) != null ? rel.group(1) : rel.group(2))
                            .toLowerCase(Locale.ROOT)
                            .split("\\s+");
                    if (List.of(relations).contains("next")) {
                        return Optional.of(link.group(1).strip());
                    }
                }
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    static List<Member> members(String body) {
        Map<String, Object> container;
        try {
            container = JSONObjectUtils.parse(body);
        } catch (ParseException e) {
            throw new PlatformCallFailed(PlatformCallFailed.Kind.REFUSED, "the member list is not JSON");
        }
        if (!(container.get("members") instanceof List<?> given)) {
            throw new PlatformCallFailed(PlatformCallFailed.Kind.REFUSED, "the member list has no members");
        }
        var members = new ArrayList<Member>();
        for (var item : given) {
            if (item instanceof Map<?, ?> map && map.get("user_id") instanceof String userId && !userId.isBlank()) {
                var member = (Map<String, Object>) map;
                var roles = member.get("roles") instanceof List<?> list
                        ? list.stream()
                                .filter(String.class::isInstance)
                                .map(String.class::cast)
                                .toList()
                        : List.<String>of();
                members.add(new Member(
                        userId,
                        name(member),
                        text(member, "email"),
                        roles,
                        Optional.ofNullable(text(member, "status")).orElse("Active")));
            }
        }
        return members;
    }

    private static @Nullable String name(Map<String, Object> member) {
        var name = text(member, "name");
        if (name != null && !name.isBlank()) {
            return name;
        }
        var given = Optional.ofNullable(text(member, "given_name")).orElse("");
        var family = Optional.ofNullable(text(member, "family_name")).orElse("");
        var joined = (given + " " + family).strip();
        return joined.isEmpty() ? null : joined;
    }

    private static @Nullable String text(Map<String, Object> member, String key) {
        return member.get(key) instanceof String value ? value : null;
    }
}
