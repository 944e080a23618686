package org.sourcework.review.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sourcework.base.domain.AbstractEntity;

/** A comment an instructor saved for reuse on one question of a lesson, in every class they teach it to. */
@Entity
@Table(name = "comment_bank")
public class CommentBankEntry extends AbstractEntity<Long> {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comment_bank_seq")
    @SequenceGenerator(name = "comment_bank_seq", sequenceName = "comment_bank_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "instructor_id", nullable = false)
    private long instructorId;

    @Column(name = "lesson_id", nullable = false)
    private long lessonId;

    @Column(name = "question_id", nullable = false, length = 80)
    private String questionId;

    @Column(name = "criterion_id", length = 80)
    private String criterionId;

    @Column(name = "text", nullable = false, length = 1000)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CommentBankEntry() {}

    public CommentBankEntry(
            long instructorId, long lessonId, String questionId, String criterionId, String text, Instant now) {
        this.instructorId = instructorId;
        this.lessonId = lessonId;
        this.questionId = questionId;
        this.criterionId = criterionId;
        this.text = text;
        this.createdAt = now;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getInstructorId() {
        return instructorId;
    }

    public String getQuestionId() {
        return questionId;
    }

    public String getCriterionId() {
        return criterionId;
    }

    public String getText() {
        return text;
    }
}
