package org.sourcework.responses;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One handed-in version of an answer, frozen; {@code number} counts from 1. */
public record AnswerVersion(
        long revisionId,
        long answerId,
        int number,
        AnswerValue value,
        boolean blank,
        @Nullable BigDecimal score,
        Instant handedInAt) {}
