package org.sourcework.roster;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.Message;
import org.sourcework.roster.internal.Assignment;
import org.sourcework.roster.internal.AssignmentRepository;
import org.sourcework.roster.internal.Enrolment;
import org.sourcework.roster.internal.EnrolmentRepository;
import org.sourcework.roster.internal.RosterAudit;
import org.sourcework.roster.internal.SchoolClassRepository;
import org.sourcework.security.AdminOnly;
import org.sourcework.security.AppRole;
import org.sourcework.users.UserService;
import org.sourcework.users.UserSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is in a class and which lessons it has. Withdrawing keeps the enrolment row, so that the
 * student's work stays visible to the instructor; the student stops seeing the class's lessons.
 */
@Service
@Transactional
public class ClassRosterService {

    private final SchoolClassRepository classes;
    private final EnrolmentRepository enrolments;
    private final AssignmentRepository assignments;
    private final UserService users;
    private final RosterAudit audit;
    private final Clock clock;

    ClassRosterService(
            SchoolClassRepository classes,
            EnrolmentRepository enrolments,
            AssignmentRepository assignments,
            UserService users,
            RosterAudit audit,
            Clock clock) {
        this.classes = classes;
        this.enrolments = enrolments;
        this.assignments = assignments;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @AdminOnly
    public void addInstructor(long classId, String username) {
        var user = requireClassAndUser(classId, username);
        if (user.role() == AppRole.STUDENT) {
            throw new RosterRejectedException(Message.of("roster.rejected.student-cannot-teach", user.username()));
        }
        join(classId, user, ClassRole.INSTRUCTOR);
    }

    /** Instructors leave no work behind, so their enrolment row is removed. */
    @AdminOnly
    public void removeInstructor(long classId, long userId) {
        var enrolment = enrolments
                .findByClassIdAndUserId(classId, userId)
                .filter(e -> e.getClassRole() == ClassRole.INSTRUCTOR)
                .orElseThrow(() -> new RosterRejectedException(Message.of("roster.rejected.not-teaching")));
        enrolments.delete(enrolment);
        audit.record("class.instructor-removed", "class", classId, "user " + userId);
    }

    /** Enrols a student; a withdrawn student who is enrolled again sees the class's lessons again. */
    @AdminOnly
    public void enrolStudent(long classId, String username) {
        var user = requireClassAndUser(classId, username);
        if (user.role() != AppRole.STUDENT) {
            throw new RosterRejectedException(Message.of("roster.rejected.not-a-student", user.username()));
        }
        join(classId, user, ClassRole.STUDENT);
    }

    @AdminOnly
    public void withdrawStudent(long classId, long userId) {
        var enrolment = enrolments
                .findByClassIdAndUserId(classId, userId)
                .filter(e -> e.getClassRole() == ClassRole.STUDENT)
                .orElseThrow(() -> new RosterRejectedException(Message.of("roster.rejected.not-enrolled")));
        if (enrolment.isWithdrawn()) {
            throw new RosterRejectedException(Message.of("roster.rejected.already-withdrawn"));
        }
        enrolment.withdraw(clock.instant());
        audit.record("class.student-withdrawn", "class", classId, "user " + userId);
    }

    /** Gives the whole of a lesson to a class; {@code dueAt} may be null for "no due date". */
    @AdminOnly
    public long assignLesson(long classId, long lessonId, @Nullable Instant dueAt) {
        return assignLesson(classId, lessonId, dueAt, LessonPath.FULL);
    }

    /**
     * Gives a lesson to a class: its one-period core path or every question. The class's instructor
     * may change the path later ({@link ClassLessonService}); answers outside it are then kept.
     */
    @AdminOnly
    public long assignLesson(long classId, long lessonId, @Nullable Instant dueAt, LessonPath path) {
        classes.findById(classId).orElseThrow(RosterRules::noSuchClass);
        if (path == null) {
            throw new RosterRejectedException(Message.of("roster.rejected.path"));
        }
        if (assignments.findByClassIdAndLessonId(classId, lessonId).isPresent()) {
            throw new RosterRejectedException(Message.of("roster.rejected.already-assigned"));
        }
        var assignment = assignments.save(new Assignment(classId, lessonId, dueAt, path, clock.instant()));
        audit.record(
                "class.lesson-assigned",
                "class",
                classId,
                "lesson " + lessonId + ", due " + dueAt + ", " + path.name().toLowerCase(Locale.ROOT) + " path");
        return assignment.getId();
    }

    @AdminOnly
    public void changeDueDate(long assignmentId, @Nullable Instant dueAt) {
        var assignment = assignments
                .findById(assignmentId)
                .orElseThrow(() -> new RosterRejectedException(Message.of("roster.rejected.assignment-gone")));
        assignment.changeDueAt(dueAt);
        audit.record(
                "class.due-date-changed",
                "class",
                assignment.getClassId(),
                "lesson " + assignment.getLessonId() + ", due " + dueAt);
    }

    private UserSummary requireClassAndUser(long classId, String username) {
        classes.findById(classId).orElseThrow(RosterRules::noSuchClass);
        if (username == null || username.isBlank()) {
            throw new RosterRejectedException(Message.of("roster.rejected.username-missing"));
        }
        return users.findByUsername(username)
                .orElseThrow(
                        () -> new RosterRejectedException(Message.of("roster.rejected.no-account", username.strip())));
    }

    private void join(long classId, UserSummary user, ClassRole role) {
        var existing = enrolments.findByClassIdAndUserId(classId, user.id());
        if (existing.isPresent()) {
            var enrolment = existing.get();
            if (enrolment.getClassRole() != role) {
                throw new RosterRejectedException(Message.of(
                        "roster.rejected.in-class-as",
                        user.username(),
                        Message.of(
                                "class-role." + enrolment.getClassRole().name().toLowerCase(Locale.ROOT))));
            }
            if (!enrolment.isWithdrawn()) {
                throw new RosterRejectedException(Message.of("roster.rejected.in-class", user.username()));
            }
            enrolment.rejoin();
        } else {
            enrolments.save(new Enrolment(classId, user.id(), role, clock.instant()));
        }
        audit.record(
                role == ClassRole.STUDENT ? "class.student-enrolled" : "class.instructor-added",
                "class",
                classId,
                user.username());
    }
}
