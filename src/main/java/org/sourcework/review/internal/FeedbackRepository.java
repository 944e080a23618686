package org.sourcework.review.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sourcework.review.FeedbackStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface FeedbackRepository extends JpaRepository<Feedback, Long> {

    Optional<Feedback> findByRevisionId(long revisionId);

    List<Feedback> findByRevisionIdIn(Collection<Long> revisionIds);

    /** Every feedback given to some students on an assignment, all versions, oldest first. */
    List<Feedback> findByAssignmentIdAndStudentIdInOrderByIdAsc(long assignmentId, Collection<Long> studentIds);

    List<Feedback> findByAssignmentIdAndStudentIdAndStatusOrderByIdAsc(
            long assignmentId, long studentId, FeedbackStatus status);

    List<Feedback> findByAssignmentIdAndQuestionIdAndStatus(
            long assignmentId, String questionId, FeedbackStatus status);

    List<Feedback> findByAssignmentIdAndStudentIdAndStatus(long assignmentId, long studentId, FeedbackStatus status);

    List<Feedback> findByAssignmentIdOrderByIdAsc(long assignmentId);

    /** Released feedback the student has not opened, per assignment: for the student's home. */
    @Query("""
            select f.assignmentId, count(f) from Feedback f
            where f.studentId = :studentId and f.status = org.sourcework.review.FeedbackStatus.RELEASED
              and f.readAt is null
            group by f.assignmentId
            """)
    List<Object[]> unreadByAssignment(long studentId);

    @Query("""
            select f.assignmentId, count(f) from Feedback f
            where f.studentId = :studentId and f.status = org.sourcework.review.FeedbackStatus.RELEASED
            group by f.assignmentId
            """)
    List<Object[]> releasedByAssignment(long studentId);

    /**
     * Per question: drafts, released, and released and read, counting only the newest feedback of
     * each answer. One statement for the whole class.
     */
    @Query("""
            select f.questionId,
                   sum(case when f.status = org.sourcework.review.FeedbackStatus.DRAFT then 1 else 0 end),
                   sum(case when f.status = org.sourcework.review.FeedbackStatus.RELEASED then 1 else 0 end),
                   sum(case when f.readAt is not null then 1 else 0 end)
            from Feedback f
            where f.assignmentId = :assignmentId
              and f.id = (select max(f2.id) from Feedback f2 where f2.answerId = f.answerId)
            group by f.questionId
            """)
    List<Object[]> countsByQuestion(long assignmentId);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update Feedback f set f.readAt = :now, f.version = f.version + 1
            where f.assignmentId = :assignmentId and f.studentId = :studentId
              and f.status = org.sourcework.review.FeedbackStatus.RELEASED and f.readAt is null
            """)
    int markRead(long assignmentId, long studentId, Instant now);
}
