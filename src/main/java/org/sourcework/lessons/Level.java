package org.sourcework.lessons;

/** A score of a rubric criterion and what an answer at that score does. */
public record Level(int score, String description) {}
