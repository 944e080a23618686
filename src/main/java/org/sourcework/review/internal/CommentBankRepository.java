package org.sourcework.review.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommentBankRepository extends JpaRepository<CommentBankEntry, Long> {

    List<CommentBankEntry> findByInstructorIdAndLessonIdAndQuestionIdOrderByIdAsc(
            long instructorId, long lessonId, String questionId);

    List<CommentBankEntry> findByInstructorIdAndLessonIdOrderByIdAsc(long instructorId, long lessonId);

    boolean existsByInstructorIdAndLessonIdAndQuestionIdAndText(
            long instructorId, long lessonId, String questionId, String text);
}
