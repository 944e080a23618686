package org.sourcework.lessons.internal;

import java.util.List;
import java.util.Optional;
import org.sourcework.lessons.LessonSummary;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LessonRepository extends JpaRepository<Lesson, Long> {

    Optional<Lesson> findBySlug(String slug);

    @Query("""
            select new org.sourcework.lessons.LessonSummary(
                l.id, l.slug, l.title, l.currentNumber, count(v), max(v.loadedAt))
            from Lesson l join LessonVersion v on v.lessonId = l.id
            group by l.id, l.slug, l.title, l.currentNumber
            order by l.title, l.slug
            """)
    List<LessonSummary> summaries();
}
