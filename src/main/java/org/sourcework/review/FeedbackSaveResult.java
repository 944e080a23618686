package org.sourcework.review;

/** The outcome of saving feedback: saved, or refused because someone else changed it first. */
public sealed interface FeedbackSaveResult {

    GivenFeedback feedback();

    record Saved(GivenFeedback feedback) implements FeedbackSaveResult {
    }

    /** Nothing was written; {@code feedback} is what another instructor saved. */
    record Conflict(GivenFeedback feedback) implements FeedbackSaveResult {
    }
}
