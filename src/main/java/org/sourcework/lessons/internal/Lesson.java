package org.sourcework.lessons.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.sourcework.base.domain.AbstractEntity;

/** A lesson folder known to Sourcework, pointing at its current version. */
@Entity
@Table(name = "lesson")
class Lesson extends AbstractEntity<Long> {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lesson_seq")
    @SequenceGenerator(name = "lesson_seq", sequenceName = "lesson_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "slug", nullable = false, length = 80)
    private String slug;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "current_number", nullable = false)
    private int currentNumber;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    protected Lesson() {}

    /** A new lesson at version 1. */
    Lesson(String slug, String title, String contentHash) {
        this.slug = slug;
        this.title = title;
        this.currentNumber = 1;
        this.contentHash = contentHash;
    }

    /** Makes a new version current and returns its number. */
    int advanceTo(String newTitle, String newContentHash) {
        this.title = newTitle;
        this.contentHash = newContentHash;
        return ++currentNumber;
    }

    @Override
    public Long getId() {
        return id;
    }

    String getSlug() {
        return slug;
    }

    String getTitle() {
        return title;
    }

    int getCurrentNumber() {
        return currentNumber;
    }

    String getContentHash() {
        return contentHash;
    }
}
