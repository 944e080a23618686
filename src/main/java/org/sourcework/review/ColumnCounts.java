package org.sourcework.review;

/** Totals of one question over the whole class, for the overview's column headers. */
public record ColumnCounts(String questionId, long answered, long drafted, long released, long read) {}
