package org.sourcework.roster.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sourcework.base.domain.AbstractEntity;
import org.sourcework.roster.ClassRole;

/** A user's membership of a class. Users are referred to by id: they belong to another feature. */
@Entity
@Table(name = "enrolment")
public class Enrolment extends AbstractEntity<Long> {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrolment_seq")
    @SequenceGenerator(name = "enrolment_seq", sequenceName = "enrolment_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "class_id", nullable = false)
    private long classId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "class_role", nullable = false, length = 16)
    private ClassRole classRole;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected Enrolment() {}

    public Enrolment(long classId, long userId, ClassRole classRole, Instant now) {
        this.classId = classId;
        this.userId = userId;
        this.classRole = classRole;
        this.createdAt = now;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getClassId() {
        return classId;
    }

    public long getUserId() {
        return userId;
    }

    public ClassRole getClassRole() {
        return classRole;
    }

    /** When the student left the class; null while they are in it. */
    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    /** The row stays, so that the student's work stays visible to the instructor. */
    public void withdraw(Instant now) {
        if (withdrawnAt == null) {
            withdrawnAt = now;
        }
    }

    public void rejoin() {
        withdrawnAt = null;
    }
}
