package org.sourcework.roster;

/** A class by id, name and term. */
public record ClassSummary(long id, String name, String term, boolean archived) {}
