package org.sourcework.roster;

/**
 * A class as the administrator's list shows it; {@code version} is what a rename must name, so
 * that two administrators do not overwrite each other. Withdrawn students are not counted.
 */
public record ClassRow(
        long id,
        String name,
        String term,
        boolean archived,
        int version,
        long instructorCount,
        long studentCount,
        long lessonCount) {}
