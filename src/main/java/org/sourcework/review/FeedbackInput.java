package org.sourcework.review;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an instructor writes about one answer.
 *
 * @param levels            rubric criterion id to the chosen level's score; criteria not yet scored are missing
 * @param score             a score set by hand; null lets it follow from the rubric levels or the automatic
 *                          score. When it differs from those, {@code overrideReason} is required
 * @param sentence          the number of a sentence of the question's section the comment points at
 * @param revisionRequested ask the student to revise the answer once the feedback is released
 */
public record FeedbackInput(
        Map<String, Integer> levels,
        @Nullable BigDecimal score,
        @Nullable String overrideReason,
        String comment,
        @Nullable Integer sentence,
        boolean revisionRequested) {

    public FeedbackInput {
        levels = levels == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(levels));
        comment = Objects.requireNonNullElse(comment, "");
    }

    /** Nothing written yet. */
    public static FeedbackInput empty() {
        return new FeedbackInput(Map.of(), null, null, "", null, false);
    }
}
