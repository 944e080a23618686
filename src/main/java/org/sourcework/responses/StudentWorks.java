package org.sourcework.responses;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.sourcework.lessons.AssignedLessons;
import org.sourcework.responses.internal.StudentWork;
import org.sourcework.responses.internal.StudentWorkRepository;
import org.sourcework.roster.ClassAccess;
import org.sourcework.roster.RosterQueries;
import org.sourcework.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Finds the signed-in student's work on an assignment. Finding checks only that the input is
 * consistent; {@link #requireStudentIn} checks access, and only then may work be started. Every
 * {@link ResponseService} method calls it before it returns anything, so the lesson is read here
 * without a check of its own: the student's place in the class is the one check.
 */
@Component
class StudentWorks {

    private final RosterQueries roster;
    private final AssignedLessons lessons;
    private final ClassAccess access;
    private final CurrentUser currentUser;
    private final StudentWorkRepository works;
    private final Clock clock;

    StudentWorks(
            RosterQueries roster,
            AssignedLessons lessons,
            ClassAccess access,
            CurrentUser currentUser,
            StudentWorkRepository works,
            Clock clock) {
        this.roster = roster;
        this.lessons = lessons;
        this.access = access;
        this.currentUser = currentUser;
        this.works = works;
        this.clock = clock;
    }

    WorkContext find(long assignmentId) {
        return context(assignmentId, false);
    }

    /** As {@link #find}, with the work locked until the transaction ends (see the repository). */
    WorkContext lock(long assignmentId) {
        return context(assignmentId, true);
    }

    void requireStudentIn(WorkContext context) {
        access.requireStudentIn(context.assignment().classId());
    }

    /** The work of the context, started (and pinned to the context's lesson version) if need be. */
    StudentWork startedWork(WorkContext context) {
        return context.work()
                .orElseGet(() -> works.saveAndFlush(new StudentWork(
                        context.assignment().id(),
                        context.studentId(),
                        context.assignment().lessonId(),
                        context.lessonVersion(),
                        now())));
    }

    /** Stored timestamps keep microseconds, so what is returned equals what is read back later. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private WorkContext context(long assignmentId, boolean lock) {
        var assignment =
                roster.assignment(assignmentId).orElseThrow(() -> new AssignmentNotFoundException(assignmentId));
        var studentId = currentUser.id();
        var work = lock
                ? works.lockByAssignmentIdAndStudentId(assignmentId, studentId)
                : works.findByAssignmentIdAndStudentId(assignmentId, studentId);
        var version = work.map(StudentWork::getLessonVersion).orElseGet(() -> lessons.currentNumber(assignment));
        var content = lessons.version(assignment, version);
        return new WorkContext(assignment, studentId, work, version, content);
    }
}
