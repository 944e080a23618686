package org.sourcework.reporting;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A row of {@link ClassOverviewQueries#page} and {@link GradebookQueries#page}: a student of the class, withdrawn or not. */
public record OverviewStudent(
        long userId,
        String username,
        String displayName,
        @Nullable Instant withdrawnAt) {}
