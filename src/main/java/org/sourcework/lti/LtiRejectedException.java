package org.sourcework.lti;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.sourcework.base.Message;
import org.sourcework.base.RejectedException;

/**
 * Input an administrator must correct: each problem under the name of the form field it is about, as
 * a key of the message bundle. {@link #message()} is the first problem, for a screen without fields.
 */
public class LtiRejectedException extends RejectedException {

    private final Map<String, Message> problems;

    public LtiRejectedException(Map<String, Message> problems) {
        super(problems.values().iterator().next());
        this.problems = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    public LtiRejectedException(String field, Message message) {
        this(Map.of(field, message));
    }

    public Map<String, Message> problems() {
        return problems;
    }

    /** Every problem in the bundle's own words, for the log. */
    @Override
    public String getMessage() {
        return problems.values().stream().map(Message::inDefaultLanguage).collect(Collectors.joining(" "));
    }
}
