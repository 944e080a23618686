package org.sourcework.lti;

import java.time.Instant;

/** One of the tool's keys as an administrator sees it; never its private part. */
public record ToolKeyInfo(String kid, String status, Instant createdAt, boolean encrypted) {}
