package org.sourcework.review;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sourcework.audit.AuditLog;
import org.sourcework.base.Message;
import org.sourcework.base.SaveOutcome;
import org.sourcework.base.SaveOutcome.Conflict;
import org.sourcework.base.SaveOutcome.Saved;
import org.sourcework.lessons.AssignedLessons;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Question;
import org.sourcework.responses.ClassWorkService;
import org.sourcework.review.internal.CommentBankEntry;
import org.sourcework.review.internal.CommentBankRepository;
import org.sourcework.review.internal.Feedback;
import org.sourcework.review.internal.FeedbackRepository;
import org.sourcework.security.CurrentUser;
import org.sourcework.security.InstructorOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Instructors' feedback: writing it on a handed-in answer (autosaved, with conflict detection
 * between two instructors of a class), releasing it, and the comment bank. Every method reaches
 * the class through {@link ClassWorkService}, which refuses anyone who does not teach it.
 */
@Service
@Transactional
public class ReviewService {

    private final ClassWorkService classWork;
    private final LessonCatalogService lessons;
    private final AssignedLessons assignedLessons;
    private final FeedbackRepository feedback;
    private final CommentBankRepository bank;
    private final RevisionHandshake revisions;
    private final ReleasedScores releasedScores;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReviewService(
            ClassWorkService classWork,
            LessonCatalogService lessons,
            AssignedLessons assignedLessons,
            FeedbackRepository feedback,
            CommentBankRepository bank,
            RevisionHandshake revisions,
            ReleasedScores releasedScores,
            AuditLog audit,
            CurrentUser currentUser,
            Clock clock) {
        this.classWork = classWork;
        this.lessons = lessons;
        this.assignedLessons = assignedLessons;
        this.feedback = feedback;
        this.bank = bank;
        this.revisions = revisions;
        this.releasedScores = releasedScores;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** All feedback given to the students on the assignment, every version, oldest first: one statement. */
    @Transactional(readOnly = true)
    @InstructorOnly
    public List<GivenFeedback> feedbackFor(long assignmentId, Collection<Long> studentIds) {
        classWork.assignment(assignmentId);
        if (studentIds.isEmpty()) {
            return List.of();
        }
        return feedback.findByAssignmentIdAndStudentIdInOrderByIdAsc(assignmentId, studentIds).stream()
                .map(ReviewService::given)
                .toList();
    }

    /**
     * Writes feedback on the newest handed-in version of the answer. Returns {@link Conflict} without
     * writing when another instructor saved it after {@code expectedVersion}.
     *
     * @param expectedVersion the {@link GivenFeedback#version()} the instructor's copy started from, or
     *                        null when they have not seen saved feedback on this version
     * @throws FeedbackRejectedException when the answer is not handed in or the input breaks a rule
     */
    @InstructorOnly
    public SaveOutcome<GivenFeedback> save(long answerId, FeedbackInput input, @Nullable Integer expectedVersion) {
        Objects.requireNonNull(input, "input");
        // the one access check of this write; what follows reads the answer's class without asking again
        var found = classWork.answerInClass(answerId);
        var answer = found.answer();
        if (!answer.handedIn()) {
            throw new FeedbackRejectedException(Message.of("feedback.rejected.not-handed-in"));
        }
        var assignment = found.assignment();
        var content = assignedLessons.version(assignment, answer.lessonVersion());
        var question = question(content, answer.questionId());
        var existing = feedback.findByRevisionId(answer.revisionId());
        if (existing.isPresent() && !Objects.equals(existing.get().getVersion(), expectedVersion)) {
            return new Conflict<>(given(existing.get()));
        }
        var scored = FeedbackRules.check(content, question, answer.autoScore(), input);
        var entry = existing.orElseGet(() -> new Feedback(
                answer.answerId(),
                answer.revisionId(),
                assignment.id(),
                answer.studentId(),
                answer.questionId(),
                question.points()));
        var wasRequested = entry.isRevisionRequested();
        var reason = scored.overridden() ? input.overrideReason().strip() : null;
        entry.write(
                scored.score(),
                LevelsCodec.encode(input.levels()),
                scored.overridden(),
                reason,
                input.comment(),
                input.sentence(),
                input.revisionRequested(),
                currentUser.id(),
                now());
        var saved = feedback.saveAndFlush(entry);
        if (scored.overridden()) {
            audit.record(
                    "feedback.score-overridden",
                    "answer",
                    String.valueOf(answerId),
                    "question " + answer.questionId() + ", student " + answer.studentId() + ": "
                            + FeedbackRules.computedScore(question, answer.autoScore(), input.levels()) + " to "
                            + scored.score() + " (" + reason + ")");
        }
        revisions.saved(saved, wasRequested);
        return new Saved<>(given(saved));
    }

    /** Releases the feedback on one answer; returns how many were released (0 or 1). */
    @InstructorOnly
    public int releaseAnswer(long answerId) {
        var answer = classWork.answer(answerId);
        if (!answer.handedIn()) {
            return 0;
        }
        var found = feedback.findByRevisionId(answer.revisionId()).stream().toList();
        return release(answer.assignmentId(), found, "answer " + answerId);
    }

    /** Releases every draft of one student on the assignment. */
    @InstructorOnly
    public int releaseStudent(long assignmentId, long studentId) {
        classWork.assignment(assignmentId);
        return release(
                assignmentId,
                feedback.findByAssignmentIdAndStudentIdAndStatus(assignmentId, studentId, FeedbackStatus.DRAFT),
                "student " + studentId);
    }

    /** Releases every draft on one question of the assignment, for the whole class at once. */
    @InstructorOnly
    public int releaseQuestion(long assignmentId, String questionId) {
        classWork.assignment(assignmentId);
        return release(
                assignmentId,
                feedback.findByAssignmentIdAndQuestionIdAndStatus(assignmentId, questionId, FeedbackStatus.DRAFT),
                "question " + questionId);
    }

    /** The comments the lesson suggests for the question, then the instructor's own. */
    @Transactional(readOnly = true)
    @InstructorOnly
    public List<BankComment> commentBank(long assignmentId, String questionId) {
        var assignment = classWork.assignment(assignmentId);
        var question = question(lessons.assignedContent(assignment), questionId);
        var comments = new ArrayList<BankComment>();
        question.comments().forEach(c -> comments.add(new BankComment(null, c.criterionId(), c.text())));
        bank.findByInstructorIdAndLessonIdAndQuestionIdOrderByIdAsc(currentUser.id(), assignment.lessonId(), questionId)
                .forEach(e -> comments.add(new BankComment(e.getId(), e.getCriterionId(), e.getText())));
        return comments;
    }

    /**
     * The comment bank of every question of the assignment's lesson, by question id: the lesson's
     * suggestions then the instructor's own, for a screen that shows many questions. One statement.
     */
    @Transactional(readOnly = true)
    @InstructorOnly
    public Map<String, List<BankComment>> commentBanks(long assignmentId) {
        var assignment = classWork.assignment(assignmentId);
        var banks = new LinkedHashMap<String, List<BankComment>>();
        lessons.assignedContent(assignment)
                .questions()
                .forEach(question -> banks.put(
                        question.id(),
                        new ArrayList<>(question.comments().stream()
                                .map(c -> new BankComment(null, c.criterionId(), c.text()))
                                .toList())));
        bank.findByInstructorIdAndLessonIdOrderByIdAsc(currentUser.id(), assignment.lessonId())
                .forEach(entry -> {
                    var comments = banks.get(entry.getQuestionId());
                    if (comments != null) {
                        comments.add(new BankComment(entry.getId(), entry.getCriterionId(), entry.getText()));
                    }
                });
        banks.replaceAll((questionId, comments) -> List.copyOf(comments));
        return banks;
    }

    /** Keeps a comment for reuse on this question in every class the instructor gives the lesson to. */
    @InstructorOnly
    public BankComment addToBank(long assignmentId, String questionId, @Nullable String criterionId, String text) {
        var assignment = classWork.assignment(assignmentId);
        var question = question(lessons.assignedContent(assignment), questionId);
        var trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new FeedbackRejectedException(Message.of("feedback.rejected.bank-empty"));
        }
        if (trimmed.length() > FeedbackRules.MAX_BANK_COMMENT) {
            throw new FeedbackRejectedException(
                    Message.of("feedback.rejected.bank-too-long", FeedbackRules.MAX_BANK_COMMENT));
        }
        var rubric = FeedbackRules.rubricOf(question);
        if (criterionId != null
                && (rubric == null
                        || rubric.criteria().stream()
                                .noneMatch(criterion -> criterion.id().equals(criterionId)))) {
            throw new FeedbackRejectedException(Message.of("feedback.rejected.bank-no-criterion", criterionId));
        }
        if (bank.existsByInstructorIdAndLessonIdAndQuestionIdAndText(
                currentUser.id(), assignment.lessonId(), questionId, trimmed)) {
            throw new FeedbackRejectedException(Message.of("feedback.rejected.bank-duplicate"));
        }
        var saved = bank.save(
                new CommentBankEntry(currentUser.id(), assignment.lessonId(), questionId, criterionId, trimmed, now()));
        return new BankComment(saved.getId(), saved.getCriterionId(), saved.getText());
    }

    /** Removes one of the instructor's own comments; the lesson's suggestions stay. */
    @InstructorOnly
    public void removeFromBank(long commentId) {
        var entry = bank.findById(commentId)
                .filter(e -> e.getInstructorId() == currentUser.id())
                .orElseThrow(() -> new FeedbackRejectedException(Message.of("feedback.rejected.bank-missing")));
        bank.delete(entry);
    }

    private int release(long assignmentId, List<Feedback> drafts, String scope) {
        var now = now();
        var released = drafts.stream().filter(entry -> entry.release(now)).toList();
        revisions.released(assignmentId, released);
        if (!released.isEmpty()) {
            audit.record(
                    "feedback.released",
                    "assignment",
                    String.valueOf(assignmentId),
                    released.size() + (released.size() == 1 ? " answer" : " answers") + " (" + scope + ")");
            releasedScores.announce(
                    assignmentId, released.stream().map(Feedback::getStudentId).toList(), now);
        }
        return released.size();
    }

    private static Question question(LessonContent content, String questionId) {
        return content.question(questionId)
                .orElseThrow(
                        () -> new FeedbackRejectedException(Message.of("feedback.rejected.no-question", questionId)));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static GivenFeedback given(Feedback entry) {
        return new GivenFeedback(
                entry.getId(),
                entry.getAnswerId(),
                entry.getRevisionId(),
                entry.getStudentId(),
                entry.getQuestionId(),
                entry.getVersion(),
                entry.getStatus(),
                entry.getScore(),
                entry.getMaxPoints(),
                LevelsCodec.decode(entry.getLevels()),
                entry.isScoreOverridden(),
                entry.getOverrideReason(),
                entry.getComment(),
                entry.getSentence(),
                entry.isRevisionRequested(),
                entry.getUpdatedAt(),
                entry.getUpdatedBy(),
                entry.getReleasedAt(),
                entry.getReadAt());
    }
}
