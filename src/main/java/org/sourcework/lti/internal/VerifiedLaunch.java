package org.sourcework.lti.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The claims of an id_token that passed every check, as the rest of the launch needs them. */
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
        @Nullable GradeEndpoint grades,
        @Nullable MembershipsClaim memberships) {

    static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
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
