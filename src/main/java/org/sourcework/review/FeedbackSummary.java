package org.sourcework.review;

/** A student's released feedback on one assignment, for their home: how much, and how much is unread. */
public record FeedbackSummary(long assignmentId, long released, long unread) {

    public boolean hasUnread() {
        return unread > 0;
    }
}
