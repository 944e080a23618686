package org.sourcework.roster;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.Message;
import org.sourcework.roster.internal.Assignment;
import org.sourcework.roster.internal.AssignmentRepository;
import org.sourcework.roster.internal.RosterAudit;
import org.sourcework.security.InstructorOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an instructor may change about a lesson given to a class they teach: the core path or the
 * full lesson, and the due date. Changing the path deletes nothing: answers to questions the class
 * is no longer given are kept, left out of every count, and counted again if the class goes back to
 * the full lesson.
 */
@Service
@Transactional
public class ClassLessonService {

    private final AssignmentRepository assignments;
    private final ClassAccess access;
    private final RosterAudit audit;

    private final Clock clock;

    ClassLessonService(AssignmentRepository assignments, ClassAccess access, RosterAudit audit, Clock clock) {
        this.assignments = assignments;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Gives a lesson to a class the caller teaches, as their learning platform's "add external tool" asks
     * (LTI deep linking). A lesson the class has already keeps its one assignment, and with it the work
     * done, and takes the path and due date chosen now.
     *
     * @return the assignment's id
     */
    @InstructorOnly
    public long assign(long classId, long lessonId, LessonPath path, @Nullable Instant dueAt) {
        if (path == null) {
            throw new RosterRejectedException(Message.of("roster.rejected.choose-path"));
        }
        access.requireTeaches(classId);
        var existing = assignments.findByClassIdAndLessonId(classId, lessonId);
        if (existing.isPresent()) {
            change(existing.get().getId(), path, dueAt);
            return existing.get().getId();
        }
        var assignment = assignments.save(new Assignment(classId, lessonId, dueAt, path, clock.instant()));
        audit.record(
                "class.lesson-assigned",
                "class",
                classId,
                "lesson " + lessonId + ", due " + dueAt + ", " + path.name().toLowerCase(Locale.ROOT) + " path");
        return assignment.getId();
    }

    /** Sets the questions the class is given and its due date ({@code null}: no due date). */
    @InstructorOnly
    public void change(long assignmentId, LessonPath path, @Nullable Instant dueAt) {
        if (path == null) {
            throw new RosterRejectedException(Message.of("roster.rejected.choose-path"));
        }
        var assignment = assignments
                .findById(assignmentId)
                .orElseThrow(() -> new RosterRejectedException(Message.of("roster.rejected.lesson-unassigned")));
        access.requireTeaches(assignment.getClassId());
        if (assignment.getPath() != path) {
            audit.record(
                    "class.path-changed",
                    "class",
                    assignment.getClassId(),
                    "lesson " + assignment.getLessonId()
                            + ", " + assignment.getPath().name().toLowerCase(Locale.ROOT) + " to "
                            + path.name().toLowerCase(Locale.ROOT) + " path");
            assignment.changePath(path);
        }
        if (!Objects.equals(assignment.getDueAt(), dueAt)) {
            audit.record(
                    "class.due-date-changed",
                    "class",
                    assignment.getClassId(),
                    "lesson " + assignment.getLessonId() + ", due " + dueAt);
            assignment.changeDueAt(dueAt);
        }
    }
}
