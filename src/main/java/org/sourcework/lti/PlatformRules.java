package org.sourcework.lti;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;

/** The checks on a platform's registration, each problem named by its field and said plainly. */
final class PlatformRules {

    static final int NAME_MAX = 120;
    static final int ID_MAX = 255;
    static final int URL_MAX = 1000;

    private PlatformRules() {
    }

    static Map<String, String> problems(PlatformDetails details) {
        var problems = new LinkedHashMap<String, String>();
        if (details.name().isBlank() || details.name().strip().length() > NAME_MAX) {
            problems.put("name", "Give the platform a name of 1 to 120 characters, for example 'Canvas'.");
        }
        url(problems, "issuer", "Issuer", details.issuer(), 500);
        if (details.clientId().isBlank() || details.clientId().strip().length() > ID_MAX) {
            problems.put("clientId", "Give the client id the platform showed when you added Sourcework (1 to 255 characters).");
        }
        var seen = new HashSet<String>();
        if (details.deploymentIds().isEmpty()) {
            problems.put("deploymentIds", "Give at least one deployment id, one a line.");
        }
        for (var id : details.deploymentIds()) {
            if (id.length() > ID_MAX) {
                problems.put("deploymentIds", "Deployment id '" + id + "' is longer than 255 characters.");
            } else if (!seen.add(id)) {
                problems.put("deploymentIds", "Deployment id '" + id + "' is given twice.");
            }
        }
        url(problems, "jwksUrl", "Key set URL", details.jwksUrl(), URL_MAX);
        url(problems, "authUrl", "Authentication URL", details.authUrl(), URL_MAX);
        url(problems, "tokenUrl", "Access token URL", details.tokenUrl(), URL_MAX);
        return problems;
    }

    /**
     * Platforms must be reached over https; plain http only on this machine (localhost), where a test
     * platform or a developer's Moodle runs.
     */
    private static void url(Map<String, String> problems, String field, String label, String value, int max) {
        var text = value.strip();
        if (text.isEmpty()) {
            problems.put(field, label + " is required.");
            return;
        }
        if (text.length() > max) {
            problems.put(field, label + " is longer than " + max + " characters.");
            return;
        }
        try {
            var uri = new URI(text);
            var host = uri.getHost();
            boolean loopback = "localhost".equals(host) || "127.0.0.1".equals(host) || "[::1]".equals(host);
            if (host == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()) && loopback)) {
                problems.put(field, label + " '" + text + "' is not an https address, for example https://school.example/...");
            } else if (uri.getFragment() != null) {
                problems.put(field, label + " must not contain '#'.");
            }
        } catch (URISyntaxException e) {
            problems.put(field, label + " '" + text + "' is not a web address.");
        }
    }
}
