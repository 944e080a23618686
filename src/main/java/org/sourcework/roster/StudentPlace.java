package org.sourcework.roster;

import org.jspecify.annotations.Nullable;

/**
 * One student in the list of their class, ordered by name, for moving from student to student.
 *
 * @param position counted from 1
 * @param count    the students of the class, withdrawn ones included
 * @param previous the student before, or null for the first
 * @param next     the student after, or null for the last
 */
public record StudentPlace(
        ClassStudent student,
        int position,
        int count,
        @Nullable ClassStudent previous,
        @Nullable ClassStudent next) {}
