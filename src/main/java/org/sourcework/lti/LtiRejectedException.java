package org.sourcework.lti;

import java.util.Map;

/** Input an administrator must correct: each problem under the name of the form field it is about. */
public class LtiRejectedException extends RuntimeException {

    private final Map<String, String> problems;

    public LtiRejectedException(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public LtiRejectedException(String field, String message) {
        this(Map.of(field, message));
    }

    public Map<String, String> problems() {
        return problems;
    }
}
