package org.sourcework.responses;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.Message;
import org.sourcework.responses.internal.AnswerAttemptRepository;
import org.sourcework.responses.internal.AnswerCodec;
import org.sourcework.responses.internal.AnswerRepository;
import org.sourcework.responses.internal.AnswerRevision;
import org.sourcework.responses.internal.AnswerRevisionRepository;
import org.sourcework.responses.internal.AnswerType;
import org.sourcework.responses.internal.AnsweredQuestion;
import org.sourcework.responses.internal.EncodedAnswer;
import org.sourcework.responses.internal.StudentWork;
import org.sourcework.responses.internal.StudentWorkRepository;
import org.sourcework.responses.internal.WorkAnswer;
import org.sourcework.roster.AssignmentInfo;
import org.sourcework.roster.ClassAccess;
import org.sourcework.roster.RosterQueries;
import org.sourcework.security.InstructorOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A class's work on an assignment, as its instructors see it and act on it: the instructor's one
 * door to the responses feature (reading answers, reopening work, opening and closing a revision).
 * Every method checks that the caller teaches the assignment's class, and reads a fixed number of
 * statements for the students asked for, so a page of a review screen costs the same for a class
 * of 20 or of 200.
 */
@Service
@Transactional(readOnly = true)
public class ClassWorkService {

    private final RosterQueries roster;
    private final ClassAccess access;
    private final StudentWorkRepository works;
    private final AnswerRepository answers;
    private final AnswerRevisionRepository revisions;
    private final AnswerAttemptRepository attempts;
    private final Clock clock;

    ClassWorkService(
            RosterQueries roster,
            ClassAccess access,
            StudentWorkRepository works,
            AnswerRepository answers,
            AnswerRevisionRepository revisions,
            AnswerAttemptRepository attempts,
            Clock clock) {
        this.roster = roster;
        this.access = access;
        this.works = works;
        this.answers = answers;
        this.revisions = revisions;
        this.attempts = attempts;
        this.clock = clock;
    }

    /** The assignment, once it is clear the caller teaches its class. */
    @InstructorOnly
    public AssignmentInfo assignment(long assignmentId) {
        var assignment =
                roster.assignment(assignmentId).orElseThrow(() -> new AssignmentNotFoundException(assignmentId));
        access.requireTeaches(assignment.classId());
        return assignment;
    }

    /** The progress of the given students; students who have not opened the lesson are not started. */
    @InstructorOnly
    public List<StudentProgress> progress(long assignmentId, Collection<Long> studentIds) {
        var assignment = assignment(assignmentId);
        if (studentIds.isEmpty()) {
            return List.of();
        }
        var byStudent = works.findByAssignmentIdAndStudentIdIn(assignmentId, studentIds).stream()
                .collect(Collectors.toMap(StudentWork::getStudentId, Function.identity()));
        var answered = byStudent(answers.answeredBy(assignmentId, studentIds));
        var revising = byStudent(answers.revisingBy(assignmentId, studentIds));
        var now = clock.instant();
        return studentIds.stream()
                .distinct()
                .map(studentId -> {
                    var work = byStudent.get(studentId);
                    var status = work == null ? WorkStatus.NOT_STARTED : work.getStatus();
                    var late = WorkStates.late(status, work != null && work.isLate(), assignment.dueAt(), now);
                    return new StudentProgress(
                            studentId,
                            status,
                            late,
                            work == null ? null : work.getSubmittedAt(),
                            answered.getOrDefault(studentId, Set.of()),
                            revising.getOrDefault(studentId, Set.of()),
                            work == null ? ReadingView.ORIGINAL : work.getReadingView(),
                            work == null ? null : work.getAdaptedReadAt());
                })
                .toList();
    }

    private static Map<Long, Set<String>> byStudent(List<AnsweredQuestion> questions) {
        return questions.stream()
                .collect(Collectors.groupingBy(
                        AnsweredQuestion::studentId,
                        Collectors.mapping(AnsweredQuestion::questionId, Collectors.toSet())));
    }

    /** How many students have a non-blank answer to each question (questions nobody answered are missing). */
    @InstructorOnly
    public Map<String, Long> answeredCounts(long assignmentId) {
        assignment(assignmentId);
        return answers.answeredCounts(assignmentId).stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
    }

    /**
     * How often each distinct answer was given to a question answered by choosing (choice, evidence,
     * categorisation), per lesson version, over the whole class in one statement; written answers are
     * not tallied.
     */
    @InstructorOnly
    public List<AnswerTally> answerTallies(long assignmentId, String questionId) {
        assignment(assignmentId);
        return answers.selectionTallies(assignmentId, questionId).stream()
                .map(row -> new AnswerTally(
                        ((Number) row[5]).intValue(),
                        AnswerCodec.decode(
                                new EncodedAnswer((AnswerType) row[0], null, null, null, null, (String) row[1])),
                        (BigDecimal) row[2],
                        ((Number) row[3]).intValue(),
                        ((Number) row[4]).longValue()))
                .toList();
    }

    /** The given students' answers to one question; students without an answer are left out. */
    @InstructorOnly
    public List<ClassAnswer> answersTo(long assignmentId, String questionId, Collection<Long> studentIds) {
        assignment(assignmentId);
        return studentIds.isEmpty() ? List.of() : review(answers.answersTo(assignmentId, questionId, studentIds));
    }

    /** Every answer of the given students, for reviewing one student's lesson or exporting a page of them. */
    @InstructorOnly
    public List<ClassAnswer> answersOf(long assignmentId, Collection<Long> studentIds) {
        assignment(assignmentId);
        return studentIds.isEmpty() ? List.of() : review(answers.answersOf(assignmentId, studentIds));
    }

    /** One answer, once it is clear the caller teaches the class whose work it is. */
    @InstructorOnly
    public ClassAnswer answer(long answerId) {
        return answerInClass(answerId).answer();
    }

    /**
     * As {@link #answer}, with its assignment, for a write that needs both: the caller's access is
     * checked once for the two.
     */
    @InstructorOnly
    public AnswerInClass answerInClass(long answerId) {
        var found = answers.findWorkAnswer(answerId)
                .orElseThrow(() -> new AnswerRejectedException(Message.of("answer.rejected.gone")));
        var assignment = assignment(found.assignmentId());
        return new AnswerInClass(assignment, review(List.of(found)).getFirst());
    }

    /** Every choice answer the students checked before submitting, by answer id, oldest first: one statement. */
    @InstructorOnly
    public Map<Long, List<AnswerValue.ChoiceAnswer>> checkedAttempts(long assignmentId) {
        assignment(assignmentId);
        return AnswerCheckService.byAnswer(attempts.inAssignment(assignmentId));
    }

    /** Every handed-in version of an answer, oldest first. */
    @InstructorOnly
    public List<AnswerVersion> versions(long answerId) {
        answer(answerId);
        return revisions.findByAnswerIdOrderByNumberAsc(answerId).stream()
                .map(ClassWorkService::version)
                .toList();
    }

    /**
     * Lets the student change this answer of a submitted lesson and hand it in again; called when
     * feedback asking for a revision is released.
     */
    @Transactional
    @InstructorOnly
    public void requestRevision(long answerId) {
        answer(answerId);
        answers.findById(answerId).orElseThrow().requestRevision(clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    /**
     * As {@link #requestRevision}, for many answers of one assignment at once (releasing a whole
     * question or student): one statement however many answers.
     */
    @Transactional
    @InstructorOnly
    public void requestRevisions(long assignmentId, Collection<Long> answerIds) {
        assignment(assignmentId);
        if (!answerIds.isEmpty()) {
            answers.requestRevisions(assignmentId, answerIds, clock.instant().truncatedTo(ChronoUnit.MICROS));
        }
    }

    /** Lets a student change their submitted answers again. */
    @Transactional
    @InstructorOnly
    public void reopen(long assignmentId, long studentId) {
        assignment(assignmentId);
        works.lockByAssignmentIdAndStudentId(assignmentId, studentId)
                .orElseThrow(() -> new AnswerRejectedException(Message.of("answer.rejected.reopen-not-started")))
                .reopen(clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    /** Withdraws a revision request the student has not acted on. */
    @Transactional
    @InstructorOnly
    public void withdrawRevisionRequest(long answerId) {
        answer(answerId);
        answers.findById(answerId).orElseThrow().closeRevision();
    }

    static AnswerVersion version(AnswerRevision revision) {
        return new AnswerVersion(
                revision.getId(),
                revision.getAnswerId(),
                revision.getNumber(),
                AnswerCodec.decode(revision.stored()),
                revision.isBlank(),
                revision.getScore(),
                revision.getHandedInAt());
    }

    private List<ClassAnswer> review(List<WorkAnswer> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        var latest = revisions
                .latestOf(found.stream().map(w -> w.answer().getId()).toList())
                .stream()
                .collect(Collectors.toMap(AnswerRevision::getAnswerId, Function.identity()));
        return found.stream()
                .map(w -> classAnswer(w, latest.get(w.answer().getId())))
                .toList();
    }

    private static ClassAnswer classAnswer(WorkAnswer found, @Nullable AnswerRevision revision) {
        var answer = found.answer();
        if (revision == null) {
            return new ClassAnswer(
                    answer.getId(),
                    found.assignmentId(),
                    found.studentId(),
                    answer.getQuestionId(),
                    found.lessonVersion(),
                    AnswerCodec.decode(answer.stored()),
                    answer.isBlank(),
                    answer.getScore(),
                    answer.getMaxPoints(),
                    answer.getSavedAt(),
                    null,
                    0,
                    answer.isRevisionRequested(),
                    false);
        }
        return new ClassAnswer(
                answer.getId(),
                found.assignmentId(),
                found.studentId(),
                answer.getQuestionId(),
                found.lessonVersion(),
                AnswerCodec.decode(revision.stored()),
                revision.isBlank(),
                revision.getScore(),
                answer.getMaxPoints(),
                revision.getHandedInAt(),
                revision.getId(),
                revision.getNumber(),
                answer.isRevisionRequested(),
                !revision.matches(answer));
    }
}
