package org.sourcework.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.lessons.Question;
import org.sourcework.reporting.ClassOverviewQueries;
import org.sourcework.reporting.ReviewTally;
import org.sourcework.responses.ClassWorkService;
import org.sourcework.responses.StudentProgress;
import org.sourcework.review.internal.FeedbackRepository;
import org.sourcework.roster.AssignmentInfo;
import org.sourcework.roster.ClassAccess;
import org.sourcework.roster.ClassStudent;
import org.sourcework.security.InstructorOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The class overview: who has done what on an assignment, one page of students at a time. A page
 * costs a fixed number of statements whatever the class size.
 */
@Service
@Transactional(readOnly = true)
public class ClassOverviewService {

    /** Stands in for "no due date" in the late filter. */
    private static final Instant NEVER = Instant.parse("9999-12-31T00:00:00Z");

    private final ClassWorkService classWork;
    private final LessonCatalogService lessons;
    private final ClassOverviewQueries overview;
    private final FeedbackRepository feedback;
    private final ClassAccess access;
    private final Clock clock;

    ClassOverviewService(
            ClassWorkService classWork,
            LessonCatalogService lessons,
            ClassOverviewQueries overview,
            FeedbackRepository feedback,
            ClassAccess access,
            Clock clock) {
        this.classWork = classWork;
        this.access = access;
        this.lessons = lessons;
        this.overview = overview;
        this.feedback = feedback;
        this.clock = clock;
    }

    /** One page of the students the filter selects, by name; {@code offset} is a multiple of {@code limit}. */
    @InstructorOnly
    public List<OverviewRow> page(long assignmentId, OverviewFilter filter, int offset, int limit) {
        var assignment = classWork.assignment(assignmentId);
        var students = overview
                .page(
                        assignment.classId(),
                        assignmentId,
                        filter.name(),
                        dueAt(assignment),
                        clock.instant(),
                        offset,
                        limit)
                .stream()
                .map(row -> new ClassStudent(row.userId(), row.username(), row.displayName(), row.withdrawnAt()))
                .toList();
        if (students.isEmpty()) {
            return List.of();
        }
        var ids = students.stream().map(ClassStudent::userId).toList();
        var progress = classWork.progress(assignmentId, ids).stream()
                .collect(Collectors.toMap(StudentProgress::studentId, Function.identity()));
        var newest = new HashMap<Long, Map<String, GivenFeedback>>();
        feedback.findByAssignmentIdAndStudentIdInOrderByIdAsc(assignmentId, ids).stream()
                .map(ReviewService::given)
                .forEach(given -> newest.computeIfAbsent(given.studentId(), id -> new LinkedHashMap<>())
                        .put(given.questionId(), given));
        var questionIds = lessons.assignedContent(assignment).questions().stream()
                .map(Question::id)
                .toList();
        var reviewed = overview.reviewProgress(assignmentId, ids, questionIds).stream()
                .collect(Collectors.toMap(ReviewTally::studentId, Function.identity()));
        var rows = new ArrayList<OverviewRow>();
        for (var student : students) {
            var studentProgress = progress.get(student.userId());
            var given = newest.getOrDefault(student.userId(), Map.of());
            rows.add(new OverviewRow(
                    student,
                    studentProgress,
                    status(studentProgress, given),
                    given,
                    List.copyOf(studentProgress.revisingQuestionIds()),
                    progressOf(reviewed.get(student.userId()))));
        }
        return rows;
    }

    @InstructorOnly
    public int count(long assignmentId, OverviewFilter filter) {
        var assignment = classWork.assignment(assignmentId);
        return Math.toIntExact(
                overview.count(assignment.classId(), assignmentId, filter.name(), dueAt(assignment), clock.instant()));
    }

    /** Totals per question over the whole class, in lesson order; questions nobody touched count zero. */
    @InstructorOnly
    public List<ColumnCounts> columnCounts(long assignmentId) {
        var assignment = classWork.assignment(assignmentId);
        var answered = classWork.answeredCounts(assignmentId);
        var given = feedback.countsByQuestion(assignmentId).stream()
                .collect(Collectors.toMap(row -> (String) row[0], Function.identity()));
        return lessons.assignedContent(assignment).questions().stream()
                .map(Question::id)
                .map(id -> {
                    var counts = given.get(id);
                    return new ColumnCounts(
                            id, answered.getOrDefault(id, 0L), number(counts, 1), number(counts, 2), number(counts, 3));
                })
                .toList();
    }

    /**
     * How far the class has got with each lesson assigned to it, for the instructor's home: one
     * statement for all of the class's assignments, whatever the class size.
     */
    @InstructorOnly
    public List<AssignmentCounts> countsOfClass(long classId) {
        access.requireTeaches(classId);
        return overview.tallies(classId).stream()
                .map(row -> new AssignmentCounts(row.assignmentId(), row.students(), row.submitted(), row.toReview()))
                .toList();
    }

    static StudentStatus status(StudentProgress progress, Map<String, GivenFeedback> given) {
        if (given.values().stream().anyMatch(f -> !f.released())) {
            return StudentStatus.FEEDBACK_DRAFTED;
        }
        if (!given.isEmpty()) {
            return given.values().stream().allMatch(GivenFeedback::read)
                    ? StudentStatus.FEEDBACK_READ
                    : StudentStatus.FEEDBACK_RELEASED;
        }
        return switch (progress.status()) {
            case NOT_STARTED -> StudentStatus.NOT_STARTED;
            case IN_PROGRESS -> StudentStatus.IN_PROGRESS;
            case SUBMITTED -> StudentStatus.SUBMITTED;
        };
    }

    private static ReviewProgress progressOf(@Nullable ReviewTally tally) {
        return tally == null
                ? ReviewProgress.NONE
                : new ReviewProgress(tally.handedIn(), tally.reviewed(), tally.released(), tally.read());
    }

    private static long number(Object[] counts, int index) {
        return counts == null || counts[index] == null ? 0 : ((Number) counts[index]).longValue();
    }

    private static Instant dueAt(AssignmentInfo assignment) {
        return assignment.dueAt() == null ? NEVER : assignment.dueAt();
    }
}
