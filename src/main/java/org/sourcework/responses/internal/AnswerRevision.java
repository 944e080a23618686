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
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * A frozen copy of an answer as it was handed in. Never changed once written: feedback given on it
 * stays with exactly the text it was given on, whatever the student writes later.
 */
@Entity
@Immutable
@Table(name = "answer_revision")
public class AnswerRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "answer_revision_seq")
    @SequenceGenerator(name = "answer_revision_seq", sequenceName = "answer_revision_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "answer_id", nullable = false)
    private long answerId;

    @Column(name = "number", nullable = false)
    private int number;

    @Embedded
    private EncodedAnswer content;

    @Column(name = "blank", nullable = false)
    private boolean blank;

    @Column(name = "score", precision = 6, scale = 2)
    private BigDecimal score;

    @Column(name = "handed_in_at", nullable = false)
    private Instant handedInAt;

    protected AnswerRevision() {}

    /** The next revision of the answer, copied from what it holds now. */
    public AnswerRevision(Answer answer, int number, Instant now) {
        this.answerId = answer.getId();
        this.number = number;
        this.content = answer.stored();
        this.blank = answer.isBlank();
        this.score = answer.getScore();
        this.handedInAt = now;
    }

    /** True when the answer still holds exactly what this revision froze. */
    public boolean matches(Answer answer) {
        return stored().equals(answer.stored());
    }

    public EncodedAnswer stored() {
        return content;
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

    public boolean isBlank() {
        return blank;
    }

    public BigDecimal getScore() {
        return score;
    }

    public Instant getHandedInAt() {
        return handedInAt;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof AnswerRevision other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(AnswerRevision.class);
    }
}
