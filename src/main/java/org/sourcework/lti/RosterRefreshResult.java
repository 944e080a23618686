package org.sourcework.lti;

/** What a confirmed roster refresh changed. */
public record RosterRefreshResult(int added, int reenrolled, int changed, int withdrawn) {}
