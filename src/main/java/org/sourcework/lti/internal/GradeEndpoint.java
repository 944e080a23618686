package org.sourcework.lti.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a launch's Assignment and Grade Services claim says about its resource link: the line item (the
 * column in the platform's gradebook) and the scopes the tool may ask tokens for. Only a claim that names
 * one line item counts; a link without one has nowhere to send a score.
 */
record GradeEndpoint(String lineItem, List<String> scopes) {

    static final String CLAIM = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

    static @Nullable GradeEndpoint of(@Nullable Map<String, Object> claim) {
        if (claim == null || !(claim.get("lineitem") instanceof String lineItem) || lineItem.isBlank()) {
            return null;
        }
        var scopes = claim.get("scope") instanceof List<?> list
                ? list.stream()
                        .filter(String.class::isInstance)
                        .map(String.class::cast)
                        .toList()
                : List.<String>of();
        return new GradeEndpoint(lineItem, scopes);
    }
}
