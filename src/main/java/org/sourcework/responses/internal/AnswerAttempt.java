package org.sourcework.responses.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;

/**
 * One choice answer as the student checked it. Never changed once written, so "B, then C" stays
 * what the student did whatever they choose later.
 */
@Entity
@Immutable
@Table(name = "answer_attempt")
public class AnswerAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "answer_attempt_seq")
    @SequenceGenerator(name = "answer_attempt_seq", sequenceName = "answer_attempt_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "answer_id", nullable = false)
    private long answerId;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "selection", nullable = false, length = 2000)
    private String selection;

    @Column(name = "scored", nullable = false)
    private boolean scored;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    protected AnswerAttempt() {}

    public AnswerAttempt(long answerId, int number, ChoiceAnswer value, boolean scored, Instant now) {
        this.answerId = answerId;
        this.number = number;
        this.selection = AnswerCodec.encode(value).selection();
        this.scored = scored;
        this.checkedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getAnswerId() {
        return answerId;
    }

    public int getNumber() {
        return number;
    }

    public ChoiceAnswer value() {
        return (ChoiceAnswer)
                AnswerCodec.decode(new EncodedAnswer(AnswerType.CHOICE, null, null, null, null, selection));
    }

    public boolean isScored() {
        return scored;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }
}
