package org.sourcework.responses.internal;

/** An answer of a submitted lesson that released feedback asked the student to revise. */
public record PendingRevision(long assignmentId, String questionId) {}
