package org.sourcework.responses.internal;

/** A question a student has given a non-blank answer to. */
public record AnsweredQuestion(long studentId, String questionId) {}
