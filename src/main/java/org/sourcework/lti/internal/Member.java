package org.sourcework.lti.internal;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** One member of a course as the platform's member list (NRPS 2.0) gives them. */
public record Member(
        String userId, @Nullable String name, @Nullable String email, List<String> roles, String status) {

    /** Instructor wins over Learner, as at a launch (context roles, full or short). */
    boolean instructor() {
        return roles.contains(VerifiedLaunch.INSTRUCTOR) || roles.contains("Instructor");
    }

    boolean learner() {
        return roles.contains(VerifiedLaunch.LEARNER) || roles.contains("Learner");
    }

    /** NRPS 2.0: a member without a status is Active; Inactive and Deleted have left the course. */
    boolean active() {
        return status.toLowerCase(Locale.ROOT).equals("active");
    }
}
