package org.sourcework.lessons.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One content of a lesson, kept for good: students' work on it is always shown with the text it
 * answered. Never changed once written, so it needs no optimistic lock.
 */
@Entity
@Table(name = "lesson_version")
class LessonVersion {

    static final int MAX_SOURCE_LENGTH = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lesson_version_seq")
    @SequenceGenerator(name = "lesson_version_seq", sequenceName = "lesson_version_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "lesson_id", nullable = false)
    private long lessonId;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    /** The three files as one JSON object, file name to text. */
    @Column(name = "source", nullable = false, length = MAX_SOURCE_LENGTH)
    private String source;

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    protected LessonVersion() {}

    LessonVersion(long lessonId, int number, String title, String contentHash, String source, Instant loadedAt) {
        this.lessonId = lessonId;
        this.number = number;
        this.title = title;
        this.contentHash = contentHash;
        this.source = source;
        this.loadedAt = loadedAt;
    }

    Long getId() {
        return id;
    }

    long getLessonId() {
        return lessonId;
    }

    int getNumber() {
        return number;
    }

    String getSource() {
        return source;
    }

    Instant getLoadedAt() {
        return loadedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof LessonVersion version && id != null && id.equals(version.id);
    }

    @Override
    public int hashCode() {
        // constant, so that the hash does not change when the version is saved and gets its id
        return LessonVersion.class.hashCode();
    }
}
