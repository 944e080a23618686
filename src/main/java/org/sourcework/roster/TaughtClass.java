package org.sourcework.roster;

/** A class as its instructor sees it on their home view. */
public record TaughtClass(long id, String name, String term, long studentCount, long assignmentCount) {}
