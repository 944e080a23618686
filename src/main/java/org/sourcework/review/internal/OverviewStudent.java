package org.sourcework.review.internal;

import java.time.Instant;

/** A row of {@link OverviewRepository#page}: a student of the class. */
public interface OverviewStudent {

    long getUserId();

    String getUsername();

    String getDisplayName();

    Instant getWithdrawnAt();
}
