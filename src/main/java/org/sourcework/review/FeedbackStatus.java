package org.sourcework.review;

/** Students never see a draft. */
public enum FeedbackStatus {
    DRAFT,
    RELEASED
}
