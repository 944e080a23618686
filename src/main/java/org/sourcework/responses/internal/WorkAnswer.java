package org.sourcework.responses.internal;

/** An answer with the student whose work it belongs to and the lesson version that work is pinned to. */
public record WorkAnswer(Answer answer, long assignmentId, long studentId, int lessonVersion) {}
