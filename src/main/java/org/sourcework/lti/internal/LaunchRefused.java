package org.sourcework.lti.internal;

import org.jspecify.annotations.Nullable;

/** A launch that failed one of its checks; the controller shows its page and audits it. */
class LaunchRefused extends RuntimeException {

    private final LaunchProblem problem;
    private final @Nullable Long platformId;

    LaunchRefused(LaunchProblem problem, @Nullable Long platformId, String detail) {
        super(detail);
        this.problem = problem;
        this.platformId = platformId;
    }

    LaunchProblem problem() {
        return problem;
    }

    @Nullable
    Long platformId() {
        return platformId;
    }
}
