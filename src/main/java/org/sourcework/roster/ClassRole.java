package org.sourcework.roster;

/** A person's part in one class. An instructor in one class can be a student in another. */
public enum ClassRole {
    STUDENT,
    INSTRUCTOR
}
