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
import org.sourcework.roster.LessonPath;

/** A lesson given to a class, with an optional due date and the questions the class is given. */
@Entity
@Table(name = "assignment")
public class Assignment extends AbstractEntity<Long> {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_seq")
    @SequenceGenerator(name = "assignment_seq", sequenceName = "assignment_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "class_id", nullable = false)
    private long classId;

    @Column(name = "lesson_id", nullable = false)
    private long lessonId;

    @Column(name = "due_at")
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "path", nullable = false)
    private LessonPath path;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Assignment() {}

    public Assignment(long classId, long lessonId, Instant dueAt, LessonPath path, Instant now) {
        this.classId = classId;
        this.lessonId = lessonId;
        this.dueAt = dueAt;
        this.path = path;
        this.createdAt = now;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getClassId() {
        return classId;
    }

    public long getLessonId() {
        return lessonId;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public LessonPath getPath() {
        return path;
    }

    /** Answers to questions outside the new path stay where they are; only what is counted changes. */
    public void changePath(LessonPath newPath) {
        this.path = newPath;
    }

    public void changeDueAt(Instant newDueAt) {
        this.dueAt = newDueAt;
    }
}
