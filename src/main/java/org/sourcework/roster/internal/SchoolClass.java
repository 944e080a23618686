package org.sourcework.roster.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sourcework.base.domain.AbstractEntity;

@Entity
@Table(name = "school_class")
public class SchoolClass extends AbstractEntity<Long> {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "school_class_seq")
    @SequenceGenerator(name = "school_class_seq", sequenceName = "school_class_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "term", nullable = false, length = 60)
    private String term;

    @Column(name = "archived", nullable = false)
    private boolean archived;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SchoolClass() {}

    public SchoolClass(String name, String term, Instant now) {
        this.name = name;
        this.term = term;
        this.createdAt = now;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTerm() {
        return term;
    }

    public boolean isArchived() {
        return archived;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    /** Archived classes drop out of students' and instructors' lists; their work is kept. */
    public void archive() {
        this.archived = true;
    }

    public void unarchive() {
        this.archived = false;
    }
}
