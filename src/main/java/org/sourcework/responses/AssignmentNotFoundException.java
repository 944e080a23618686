package org.sourcework.responses;

/** No assignment has the id asked for, for instance after a mistyped or outdated link. */
public class AssignmentNotFoundException extends RuntimeException {

    public AssignmentNotFoundException(long assignmentId) {
        super("There is no assigned lesson with id " + assignmentId + ".");
    }
}
