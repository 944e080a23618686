package org.sourcework.responses.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AnswerAttemptRepository extends JpaRepository<AnswerAttempt, Long> {

    List<AnswerAttempt> findByAnswerIdOrderByNumberAsc(long answerId);

    List<AnswerAttempt> findByAnswerIdInOrderByAnswerIdAscNumberAsc(Collection<Long> answerIds);

    /** Every attempt at the assignment's questions, in one statement, for a review screen. */
    @Query("""
            select t from AnswerAttempt t where t.answerId in
              (select a.id from Answer a join StudentWork w on a.workId = w.id where w.assignmentId = :assignmentId)
            order by t.answerId, t.number
            """)
    List<AnswerAttempt> inAssignment(long assignmentId);
}
