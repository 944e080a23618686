package org.sourcework.lessons.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LessonVersionRepository extends JpaRepository<LessonVersion, Long> {

    Optional<LessonVersion> findByLessonIdAndNumber(long lessonId, int number);
}
