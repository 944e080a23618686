package org.sourcework.responses.internal;

import java.time.Instant;
import org.sourcework.responses.WorkStatus;

/** A student's work on one assignment with the number of non-blank answers, for the home view. */
public record WorkProgress(
        long assignmentId,
        int lessonVersion,
        WorkStatus status,
        String lastSection,
        Instant submittedAt,
        boolean late,
        long answered) {}
