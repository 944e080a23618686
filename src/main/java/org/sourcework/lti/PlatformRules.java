package org.sourcework.lti;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sourcework.base.Message;

/** The checks on a platform's registration, each problem named by its field and said plainly. */
final class PlatformRules {

    static final int NAME_MAX = 120;
    static final int ID_MAX = 255;
    static final int URL_MAX = 1000;

    private PlatformRules() {}

    static Map<String, Message> problems(PlatformDetails details) {
        var problems = new LinkedHashMap<String, Message>();
        if (details.name().isBlank() || details.name().strip().length() > NAME_MAX) {
            problems.put("name", Message.of("lti.rejected.name"));
        }
        url(problems, "issuer", "lti.field.issuer", details.issuer(), 500);
        if (details.clientId().isBlank() || details.clientId().strip().length() > ID_MAX) {
            problems.put("clientId", Message.of("lti.rejected.client-id"));
        }
        var seen = new HashSet<String>();
        if (details.deploymentIds().isEmpty()) {
            problems.put("deploymentIds", Message.of("lti.rejected.no-deployment"));
        }
        for (var id : details.deploymentIds()) {
            if (id.length() > ID_MAX) {
                problems.put("deploymentIds", Message.of("lti.rejected.deployment-too-long", id));
            } else if (!seen.add(id)) {
                problems.put("deploymentIds", Message.of("lti.rejected.deployment-twice", id));
            }
        }
        url(problems, "jwksUrl", "lti.field.jwks-url", details.jwksUrl(), URL_MAX);
        url(problems, "authUrl", "lti.field.auth-url", details.authUrl(), URL_MAX);
        url(problems, "tokenUrl", "lti.field.token-url", details.tokenUrl(), URL_MAX);
        return problems;
    }

    /**
     * Platforms must be reached over https; plain http only on this machine (localhost), where a test
     * platform or a developer's Moodle runs.
     */
    private static void url(Map<String, Message> problems, String field, String labelKey, String value, int max) {
        var text = value.strip();
        var label = Message.of(labelKey);
        if (text.isEmpty()) {
            problems.put(field, Message.of("lti.rejected.url-required", label));
            return;
        }
        if (text.length() > max) {
            problems.put(field, Message.of("lti.rejected.url-too-long", label, max));
            return;
        }
        try {
            var uri = new URI(text);
            var host = uri.getHost();
            boolean loopback = "localhost".equals(host) || "127.0.0.1".equals(host) || "[::1]".equals(host);
            if (host == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()) && loopback)) {
                problems.put(field, Message.of("lti.rejected.url-not-https", label, text));
            } else if (uri.getFragment() != null) {
                problems.put(field, Message.of("lti.rejected.url-fragment", label));
            }
        } catch (URISyntaxException e) {
            problems.put(field, Message.of("lti.rejected.url-invalid", label, text));
        }
    }
}
