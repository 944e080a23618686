package org.sourcework.roster;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sourcework.roster.internal.Assignment;
import org.sourcework.roster.internal.AssignmentRepository;
import org.sourcework.roster.internal.Enrolment;
import org.sourcework.roster.internal.EnrolmentRepository;
import org.sourcework.roster.internal.RosterAudit;
import org.sourcework.roster.internal.SchoolClassRepository;
import org.sourcework.security.AppRole;
import org.sourcework.users.UserService;
import org.sourcework.users.UserSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is in a class and which lessons it has. Withdrawing keeps the enrolment row, so that the
 * student's work stays visible to the instructor; the student stops seeing the class's lessons.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class ClassRosterService {

    private final SchoolClassRepository classes;
    private final EnrolmentRepository enrolments;
    private final AssignmentRepository assignments;
    private final UserService users;
    private final RosterAudit audit;
    private final Clock clock;

    ClassRosterService(SchoolClassRepository classes, EnrolmentRepository enrolments,
            AssignmentRepository assignments, UserService users, RosterAudit audit, Clock clock) {
        this.classes = classes;
        this.enrolments = enrolments;
        this.assignments = assignments;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    public void addInstructor(long classId, String username) {
        var user = requireClassAndUser(classId, username);
        if (user.role() == AppRole.STUDENT) {
            throw new RosterRejectedException("'" + user.username()
                    + "' has a student account. Only instructors and administrators can teach a class.");
        }
        join(classId, user, ClassRole.INSTRUCTOR);
    }

    /** Instructors leave no work behind, so their enrolment row is removed. */
    public void removeInstructor(long classId, long userId) {
        var enrolment = enrolments.findByClassIdAndUserId(classId, userId)
                .filter(e -> e.getClassRole() == ClassRole.INSTRUCTOR)
                .orElseThrow(() -> new RosterRejectedException("This person does not teach this class."));
        enrolments.delete(enrolment);
        audit.record("class.instructor-removed", "class", classId, "user " + userId);
    }

    /** Enrols a student; a withdrawn student who is enrolled again sees the class's lessons again. */
    public void enrolStudent(long classId, String username) {
        var user = requireClassAndUser(classId, username);
        if (user.role() != AppRole.STUDENT) {
            throw new RosterRejectedException("'" + user.username()
                    + "' is not a student account. Add instructors as instructors.");
        }
        join(classId, user, ClassRole.STUDENT);
    }

    public void withdrawStudent(long classId, long userId) {
        var enrolment = enrolments.findByClassIdAndUserId(classId, userId)
                .filter(e -> e.getClassRole() == ClassRole.STUDENT)
                .orElseThrow(() -> new RosterRejectedException("This student is not enrolled in this class."));
        if (enrolment.isWithdrawn()) {
            throw new RosterRejectedException("This student has already been withdrawn from this class.");
        }
        enrolment.withdraw(clock.instant());
        audit.record("class.student-withdrawn", "class", classId, "user " + userId);
    }

    /** Gives the whole of a lesson to a class; {@code dueAt} may be null for "no due date". */
    public long assignLesson(long classId, long lessonId, @Nullable Instant dueAt) {
        return assignLesson(classId, lessonId, dueAt, LessonPath.FULL);
    }

    /**
     * Gives a lesson to a class: its one-period core path or every question. The class's instructor
     * may change the path later ({@link ClassLessonService}); answers outside it are then kept.
     */
    public long assignLesson(long classId, long lessonId, @Nullable Instant dueAt, LessonPath path) {
        classes.findById(classId).orElseThrow(RosterRules::noSuchClass);
        if (path == null) {
            throw new RosterRejectedException("Choose the core path or the full lesson.");
        }
        if (assignments.findByClassIdAndLessonId(classId, lessonId).isPresent()) {
            throw new RosterRejectedException(
                    "This lesson is already assigned to this class. Change its due date instead.");
        }
        var assignment = assignments.save(new Assignment(classId, lessonId, dueAt, path, clock.instant()));
        audit.record("class.lesson-assigned", "class", classId,
                "lesson " + lessonId + ", due " + dueAt + ", " + path.name().toLowerCase(Locale.ROOT) + " path");
        return assignment.getId();
    }

    public void changeDueDate(long assignmentId, @Nullable Instant dueAt) {
        var assignment = assignments.findById(assignmentId)
                .orElseThrow(() -> new RosterRejectedException("That lesson is no longer assigned to this class."));
        assignment.changeDueAt(dueAt);
        audit.record("class.due-date-changed", "class", assignment.getClassId(),
                "lesson " + assignment.getLessonId() + ", due " + dueAt);
    }

    private UserSummary requireClassAndUser(long classId, String username) {
        classes.findById(classId).orElseThrow(RosterRules::noSuchClass);
        if (username == null || username.isBlank()) {
            throw new RosterRejectedException("Type the username of the person to add.");
        }
        return users.findByUsername(username)
                .orElseThrow(() -> new RosterRejectedException("There is no account '" + username.strip() + "'."));
    }

    private void join(long classId, UserSummary user, ClassRole role) {
        var existing = enrolments.findByClassIdAndUserId(classId, user.id());
        if (existing.isPresent()) {
            var enrolment = existing.get();
            if (enrolment.getClassRole() != role) {
                throw new RosterRejectedException("'" + user.username() + "' is already in this class as "
                        + enrolment.getClassRole().name().toLowerCase(Locale.ROOT) + ".");
            }
            if (!enrolment.isWithdrawn()) {
                throw new RosterRejectedException("'" + user.username() + "' is already in this class.");
            }
            enrolment.rejoin();
        } else {
            enrolments.save(new Enrolment(classId, user.id(), role, clock.instant()));
        }
        audit.record(role == ClassRole.STUDENT ? "class.student-enrolled" : "class.instructor-added", "class",
                classId, user.username());
    }
}
