package org.sourcework.review.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.sourcework.base.domain.AbstractEntity;
import org.sourcework.review.FeedbackStatus;

/**
 * An instructor's feedback on one handed-in version of an answer. The answer, its revision, the
 * assignment and the student belong to other features and are referred to by id.
 */
@Entity
@Table(name = "feedback")
public class Feedback extends AbstractEntity<Long> {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_seq")
    @SequenceGenerator(name = "feedback_seq", sequenceName = "feedback_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "answer_id", nullable = false)
    private long answerId;

    @Column(name = "revision_id", nullable = false)
    private long revisionId;

    @Column(name = "assignment_id", nullable = false)
    private long assignmentId;

    @Column(name = "student_id", nullable = false)
    private long studentId;

    @Column(name = "question_id", nullable = false, length = 80)
    private String questionId;

    @Column(name = "score", precision = 6, scale = 2)
    private BigDecimal score;

    @Column(name = "max_points", nullable = false)
    private int maxPoints;

    @Column(name = "levels", length = 2000)
    private String levels;

    @Column(name = "score_overridden", nullable = false)
    private boolean scoreOverridden;

    @Column(name = "override_reason", length = 500)
    private String overrideReason;

    @Column(name = "comment_text", nullable = false, length = 5000)
    private String comment;

    @Column(name = "sentence_ref")
    private Integer sentence;

    @Column(name = "revision_requested", nullable = false)
    private boolean revisionRequested;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private FeedbackStatus status;

    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Feedback() {}

    public Feedback(
            long answerId, long revisionId, long assignmentId, long studentId, String questionId, int maxPoints) {
        this.answerId = answerId;
        this.revisionId = revisionId;
        this.assignmentId = assignmentId;
        this.studentId = studentId;
        this.questionId = questionId;
        this.maxPoints = maxPoints;
        this.comment = "";
        this.status = FeedbackStatus.DRAFT;
    }

    /** Replaces what the instructor wrote; a released feedback stays released and shows the change. */
    public void write(
            BigDecimal score,
            String levels,
            boolean scoreOverridden,
            String overrideReason,
            String comment,
            Integer sentence,
            boolean revisionRequested,
            long instructorId,
            Instant now) {
        this.score = score;
        this.levels = levels;
        this.scoreOverridden = scoreOverridden;
        this.overrideReason = overrideReason;
        this.comment = comment;
        this.sentence = sentence;
        this.revisionRequested = revisionRequested;
        this.updatedBy = instructorId;
        this.updatedAt = now;
    }

    /** @return false when it was released already */
    public boolean release(Instant now) {
        if (status == FeedbackStatus.RELEASED) {
            return false;
        }
        status = FeedbackStatus.RELEASED;
        releasedAt = now;
        return true;
    }

    /** The first time the student opens released feedback. */
    public void markRead(Instant now) {
        if (status == FeedbackStatus.RELEASED && readAt == null) {
            readAt = now;
        }
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getAnswerId() {
        return answerId;
    }

    public long getRevisionId() {
        return revisionId;
    }

    public long getAssignmentId() {
        return assignmentId;
    }

    public long getStudentId() {
        return studentId;
    }

    public String getQuestionId() {
        return questionId;
    }

    public BigDecimal getScore() {
        return score;
    }

    public int getMaxPoints() {
        return maxPoints;
    }

    public String getLevels() {
        return levels;
    }

    public boolean isScoreOverridden() {
        return scoreOverridden;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public String getComment() {
        return comment;
    }

    public Integer getSentence() {
        return sentence;
    }

    public boolean isRevisionRequested() {
        return revisionRequested;
    }

    public FeedbackStatus getStatus() {
        return status;
    }

    public long getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
