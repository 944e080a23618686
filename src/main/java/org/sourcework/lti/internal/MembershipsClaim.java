package org.sourcework.lti.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Names and Role Provisioning Services claim of a launch (NRPS 2.0, section 3.6.1): where the
 * course's member list can be read, and which versions of the service the platform speaks.
 */
record MembershipsClaim(String url, List<String> versions) {

    static final String CLAIM = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";

    /** The claim as the id_token carries it; null when it is missing, malformed or not version 2.0. */
    static @Nullable MembershipsClaim from(@Nullable Map<String, Object> claim) {
        if (claim == null
                || !(claim.get("context_memberships_url") instanceof String url)
                || url.isBlank()
                || url.length() > 1000
                || !(claim.get("service_versions") instanceof List<?> given)) {
            return null;
        }
        var versions = given.stream()
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .toList();
        return versions.contains("2.0") ? new MembershipsClaim(url.strip(), versions) : null;
    }
}
