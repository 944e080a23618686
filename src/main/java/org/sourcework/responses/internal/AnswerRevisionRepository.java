package org.sourcework.responses.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AnswerRevisionRepository extends JpaRepository<AnswerRevision, Long> {

    /** The newest revision of each of the answers that has one: one statement for any number of answers. */
    @Query("""
            select r from AnswerRevision r where r.answerId in :answerIds
            and r.number = (select max(r2.number) from AnswerRevision r2 where r2.answerId = r.answerId)
            """)
    List<AnswerRevision> latestOf(Collection<Long> answerIds);

    List<AnswerRevision> findByAnswerIdOrderByNumberAsc(long answerId);

    List<AnswerRevision> findByAnswerIdInOrderByAnswerIdAscNumberAsc(Collection<Long> answerIds);
}
