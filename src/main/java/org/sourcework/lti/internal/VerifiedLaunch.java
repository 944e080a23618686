package org.sourcework.lti.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The claims of an id_token that passed every check, as the rest of the launch needs them.
 *
 * @param custom      the custom parameters of the activity (deep linking puts the assignment's id here)
 * @param deepLinking the content-selection settings of an LtiDeepLinkingRequest; null for a resource link
 */
record VerifiedLaunch(
        long platformId,
        String platformName,
        String subject,
        @Nullable String name,
        @Nullable String email,
        List<String> roles,
        String contextId,
        @Nullable String contextTitle,
        @Nullable String resourceLinkId,
        @Nullable String returnUrl,
        String deploymentId,
        Map<String, String> custom,
        @Nullable DeepLinkingSettings deepLinking,
        @Nullable GradeEndpoint grades,
        @Nullable MembershipsClaim memberships) {

    /** What Deep Linking 2.0 (4.4.1) asks the tool to answer with: where, which types, and data to echo. */
    record DeepLinkingSettings(
            String returnUrl,
            List<String> acceptTypes,
            @Nullable String data) {}

    static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    static final String DEEP_LINKING = "https://purl.imsglobal.org/spec/lti-dl/claim/";
    static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";
    static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";
    static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";

    /** Instructor wins over Learner: a teacher who is also listed as a learner still reviews. */
    boolean instructor() {
        return roles.contains(INSTRUCTOR) || roles.contains("Instructor");
    }

    boolean learner() {
        return roles.contains(LEARNER) || roles.contains("Learner");
    }
}
