package org.sourcework.roster;

import org.sourcework.roster.internal.AssignmentRepository;
import org.sourcework.roster.internal.EnrolmentRepository;
import org.sourcework.security.AppRole;
import org.sourcework.security.CurrentUser;
import org.sourcework.security.SignedIn;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides who may see what inside classes: an instructor reaches only the
 * classes they teach, a student only the classes they are enrolled in and the lessons assigned
 * to them. Services call this after checking that their input is consistent.
 */
@Component
@Transactional(readOnly = true)
public class ClassAccess {

    private final CurrentUser currentUser;
    private final EnrolmentRepository enrolments;
    private final AssignmentRepository assignments;

    ClassAccess(CurrentUser currentUser, EnrolmentRepository enrolments, AssignmentRepository assignments) {
        this.currentUser = currentUser;
        this.enrolments = enrolments;
        this.assignments = assignments;
    }

    @SignedIn
    public boolean teaches(long classId) {
        return enrolments.existsByClassIdAndUserIdAndClassRole(classId, currentUser.id(), ClassRole.INSTRUCTOR);
    }

    /** A withdrawn student is not in the class any more, though their enrolment row and work are kept. */
    @SignedIn
    public boolean isStudentIn(long classId) {
        return enrolments.existsByClassIdAndUserIdAndClassRoleAndWithdrawnAtIsNull(
                classId, currentUser.id(), ClassRole.STUDENT);
    }

    /** Administrators see every lesson; others only lessons assigned to a class they belong to. */
    @SignedIn
    public boolean mayReadLesson(long lessonId) {
        return currentUser.hasRole(AppRole.ADMIN) || assignments.lessonReachable(lessonId, currentUser.id());
    }

    @SignedIn
    public void requireTeaches(long classId) {
        if (!teaches(classId)) {
            throw new AccessDeniedException("You do not teach this class.");
        }
    }

    @SignedIn
    public void requireStudentIn(long classId) {
        if (!isStudentIn(classId)) {
            throw new AccessDeniedException("You are not enrolled in this class.");
        }
    }

    @SignedIn
    public void requireMayReadLesson(long lessonId) {
        if (!mayReadLesson(lessonId)) {
            throw new AccessDeniedException("This lesson is not assigned to any of your classes.");
        }
    }
}
