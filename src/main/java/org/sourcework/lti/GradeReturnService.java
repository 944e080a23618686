package org.sourcework.lti;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sourcework.audit.AuditLog;
import org.sourcework.lti.internal.GradeReturn;
import org.sourcework.review.ScoreReturn;
import org.sourcework.review.ScoreReturnStatus;
import org.sourcework.roster.ClassAccess;
import org.sourcework.roster.RosterQueries;
import org.sourcework.security.InstructorOnly;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The instructor's view of scores on their way to learning platforms (AGS): each student's status on an
 * assignment, and sending a score that could not be sent again. Only the class's instructors may ask.
 */
@Service
@Transactional
public class GradeReturnService implements ScoreReturn {

    private final GradeReturn grades;
    private final RosterQueries roster;
    private final ClassAccess access;
    private final AuditLog audit;
    private final Clock clock;

    GradeReturnService(GradeReturn grades, RosterQueries roster, ClassAccess access, AuditLog audit, Clock clock) {
        this.grades = grades;
        this.roster = roster;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @InstructorOnly
    @Transactional(readOnly = true)
    public boolean returnsScores(long assignmentId) {
        requireTeaches(assignmentId);
        return grades.returnsScores(assignmentId);
    }

    /** When a student's score went to two platforms, the one that needs attention is shown. */
    @Override
    @InstructorOnly
    @Transactional(readOnly = true)
    public Map<Long, ScoreReturnStatus> statuses(long assignmentId) {
        requireTeaches(assignmentId);
        var byStudent = new LinkedHashMap<Long, ScoreReturnStatus>();
        grades.statuses(assignmentId)
                .forEach(status -> byStudent.merge(
                        status.studentId(), status, (a, b) -> urgency(a.state()) >= urgency(b.state()) ? a : b));
        return byStudent;
    }

    @Override
    @InstructorOnly
    public boolean sendAgain(long assignmentId, long studentId) {
        requireTeaches(assignmentId);
        boolean any = grades.sendAgain(assignmentId, studentId, clock.instant());
        if (any) {
            audit.record("lti.grade-resent", "assignment", Long.toString(assignmentId), "student " + studentId);
        }
        return any;
    }

    private void requireTeaches(long assignmentId) {
        var assignment =
                roster.assignment(assignmentId).orElseThrow(() -> new AccessDeniedException("No such assignment."));
        access.requireTeaches(assignment.classId());
    }

    private static int urgency(ScoreReturnStatus.State state) {
        return switch (state) {
            case FAILED -> 3;
            case RETRYING -> 2;
            case WAITING -> 1;
            case SENT -> 0;
        };
    }
}
