package org.sourcework.responses.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.sourcework.base.domain.AbstractEntity;

/** A student's answer to one question of their work, exactly as typed, with its automatic score. */
@Entity
@Table(name = "answer")
public class Answer extends AbstractEntity<Long> {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "answer_seq")
    @SequenceGenerator(name = "answer_seq", sequenceName = "answer_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "work_id", nullable = false)
    private long workId;

    @Column(name = "question_id", nullable = false, length = 80)
    private String questionId;

    @Embedded
    private EncodedAnswer content;

    @Column(name = "blank", nullable = false)
    private boolean blank;

    @Column(name = "score", precision = 6, scale = 2)
    private BigDecimal score;

    @Column(name = "max_points", nullable = false)
    private int maxPoints;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "revision_requested_at")
    private Instant revisionRequestedAt;

    protected Answer() {}

    public Answer(long workId, String questionId) {
        this.workId = workId;
        this.questionId = questionId;
    }

    /** Replaces the answer with a new one and its score (null for answers the instructor scores). */
    public void record(EncodedAnswer value, boolean blank, BigDecimal score, int maxPoints, Instant now) {
        this.content = value;
        this.blank = blank;
        this.score = score;
        this.maxPoints = maxPoints;
        this.savedAt = now;
    }

    /** Released feedback asked for a revision: the answer may change although the lesson is submitted. */
    public void requestRevision(Instant now) {
        revisionRequestedAt = now;
    }

    /** The revision was handed in, or the request was withdrawn. */
    public void closeRevision() {
        revisionRequestedAt = null;
    }

    public boolean isRevisionRequested() {
        return revisionRequestedAt != null;
    }

    public long getWorkId() {
        return workId;
    }

    public EncodedAnswer stored() {
        return content;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getQuestionId() {
        return questionId;
    }

    public boolean isBlank() {
        return blank;
    }

    public BigDecimal getScore() {
        return score;
    }

    public int getMaxPoints() {
        return maxPoints;
    }

    public Instant getSavedAt() {
        return savedAt;
    }
}
