package org.sourcework.roster;

import java.util.List;
import java.util.Optional;
import org.sourcework.roster.internal.AssignmentRepository;
import org.sourcework.roster.internal.EnrolmentRepository;
import org.sourcework.roster.internal.SchoolClass;
import org.sourcework.roster.internal.SchoolClassRepository;
import org.sourcework.roster.internal.StudentRow;
import org.sourcework.security.AdminOnly;
import org.sourcework.security.CurrentUser;
import org.sourcework.security.InstructorOnly;
import org.sourcework.security.SignedIn;
import org.sourcework.security.StudentOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading classes, who is in them and which lessons they have been given: for instructors, students
 * and the administrator's home. It changes nothing; every change goes through the audited
 * {@link ClassAdminService}, {@link ClassRosterService}, {@link ClassLessonService} or
 * {@link RosterImportService} (decision 0011).
 */
@Service
@Transactional(readOnly = true)
public class RosterQueries {

    private final SchoolClassRepository classes;
    private final EnrolmentRepository enrolments;
    private final AssignmentRepository assignments;
    private final CurrentUser currentUser;
    private final ClassAccess access;

    RosterQueries(
            SchoolClassRepository classes,
            EnrolmentRepository enrolments,
            AssignmentRepository assignments,
            CurrentUser currentUser,
            ClassAccess access) {
        this.access = access;
        this.classes = classes;
        this.enrolments = enrolments;
        this.assignments = assignments;
        this.currentUser = currentUser;
    }

    @InstructorOnly
    public List<TaughtClass> classesITeach() {
        return classes.findTaughtBy(currentUser.id());
    }

    /** One page of a class the caller teaches, students ordered by name; withdrawn students included. */
    @InstructorOnly
    public List<ClassStudent> studentsOf(long classId, int offset, int limit) {
        access.requireTeaches(classId);
        return enrolments.studentsOf(classId, offset, limit).stream()
                .map(row ->
                        new ClassStudent(row.getUserId(), row.getUsername(), row.getDisplayName(), row.withdrawnAt()))
                .toList();
    }

    @InstructorOnly
    public int countStudentsOf(long classId) {
        access.requireTeaches(classId);
        return Math.toIntExact(enrolments.countByClassIdAndClassRole(classId, ClassRole.STUDENT));
    }

    /**
     * Students of a class the caller teaches whose name or username contains the text (any case),
     * by name; withdrawn students included. For a searchable list that pages.
     */
    @InstructorOnly
    public List<ClassStudent> findStudents(long classId, String text, int offset, int limit) {
        access.requireTeaches(classId);
        return enrolments.findStudents(classId, pattern(text), offset, limit).stream()
                .map(RosterQueries::student)
                .toList();
    }

    @InstructorOnly
    public int countStudents(long classId, String text) {
        access.requireTeaches(classId);
        return Math.toIntExact(enrolments.countStudents(classId, pattern(text)));
    }

    /**
     * One student of a class the caller teaches, with their place in the class list by name and
     * who comes before and after; empty when they are not a student of the class.
     */
    @InstructorOnly
    public Optional<StudentPlace> placeOf(long classId, long studentId) {
        access.requireTeaches(classId);
        return enrolments
                .studentOf(classId, studentId)
                .map(row -> new StudentPlace(
                        student(row),
                        Math.toIntExact(enrolments.countStudentsBefore(classId, row.getDisplayName(), studentId)) + 1,
                        Math.toIntExact(enrolments.countByClassIdAndClassRole(classId, ClassRole.STUDENT)),
                        enrolments
                                .studentBefore(classId, row.getDisplayName(), studentId)
                                .map(RosterQueries::student)
                                .orElse(null),
                        enrolments
                                .studentAfter(classId, row.getDisplayName(), studentId)
                                .map(RosterQueries::student)
                                .orElse(null)));
    }

    private static ClassStudent student(StudentRow row) {
        return new ClassStudent(row.getUserId(), row.getUsername(), row.getDisplayName(), row.withdrawnAt());
    }

    private static String pattern(String text) {
        var plain = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        return "%" + plain.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** The lessons given to a class the caller teaches, soonest due first. */
    @InstructorOnly
    public List<AssignedLesson> lessonsOf(long classId) {
        access.requireTeaches(classId);
        return assignments.findByClassIdOrderByDueAtAscIdAsc(classId).stream()
                .map(a -> new AssignedLesson(a.getId(), a.getLessonId(), a.getDueAt(), a.getPath()))
                .toList();
    }

    @StudentOnly
    public List<StudentAssignment> myAssignments() {
        return assignments.findForStudent(currentUser.id());
    }

    /**
     * An assignment with its class, for any signed-in caller: whoever uses it checks through
     * {@link ClassAccess} that the caller may see that class.
     */
    @SignedIn
    public Optional<AssignmentInfo> assignment(long assignmentId) {
        return assignments.findInfo(assignmentId);
    }

    @AdminOnly
    public long countActiveClasses() {
        return classes.countByArchivedFalse();
    }

    @AdminOnly
    public Optional<ClassSummary> findClass(String name, String term) {
        return classes.findByNameAndTerm(name, term).map(RosterQueries::summary);
    }

    private static ClassSummary summary(SchoolClass schoolClass) {
        return new ClassSummary(
                schoolClass.getId(), schoolClass.getName(), schoolClass.getTerm(), schoolClass.isArchived());
    }
}
