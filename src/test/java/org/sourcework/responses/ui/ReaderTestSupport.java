package org.sourcework.responses.ui;

import org.sourcework.roster.RosterQueries;
import org.sourcework.support.RunAs;

/** The telegram assignments of the demo school, looked up the way a student's home finds them. */
final class ReaderTestSupport {

    private ReaderTestSupport() {}

    /** The assignment of the student's (only) class. */
    static long assignmentOf(RunAs runAs, RosterQueries roster, String student) {
        return runAs.user(student, () -> roster.myAssignments().getFirst().assignmentId());
    }
}
