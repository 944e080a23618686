package org.sourcework.responses.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AnswerRepository extends JpaRepository<Answer, Long> {

    List<Answer> findByWorkId(long workId);

    Optional<Answer> findByWorkIdAndQuestionId(long workId, String questionId);

    /** The answers of some students of an assignment to one question: one statement, whatever the class size. */
    @Query("""
            select new org.sourcework.responses.internal.WorkAnswer(a, w.assignmentId, w.studentId, w.lessonVersion)
            from Answer a join StudentWork w on a.workId = w.id
            where w.assignmentId = :assignmentId and w.studentId in :studentIds and a.questionId = :questionId
            """)
    List<WorkAnswer> answersTo(long assignmentId, String questionId, Collection<Long> studentIds);

    /** Every answer of some students of an assignment. */
    @Query("""
            select new org.sourcework.responses.internal.WorkAnswer(a, w.assignmentId, w.studentId, w.lessonVersion)
            from Answer a join StudentWork w on a.workId = w.id
            where w.assignmentId = :assignmentId and w.studentId in :studentIds
            """)
    List<WorkAnswer> answersOf(long assignmentId, Collection<Long> studentIds);

    @Query("""
            select new org.sourcework.responses.internal.AnsweredQuestion(w.studentId, a.questionId)
            from Answer a join StudentWork w on a.workId = w.id
            where w.assignmentId = :assignmentId and w.studentId in :studentIds and a.blank = false
            """)
    List<AnsweredQuestion> answeredBy(long assignmentId, Collection<Long> studentIds);

    @Query("""
            select new org.sourcework.responses.internal.AnsweredQuestion(w.studentId, a.questionId)
            from Answer a join StudentWork w on a.workId = w.id
            where w.assignmentId = :assignmentId and w.studentId in :studentIds and a.revisionRequestedAt is not null
            """)
    List<AnsweredQuestion> revisingBy(long assignmentId, Collection<Long> studentIds);

    /** The answers one student is asked to revise, over all their assignments: one statement, for their home. */
    @Query("""
            select new org.sourcework.responses.internal.PendingRevision(w.assignmentId, a.questionId)
            from Answer a join StudentWork w on a.workId = w.id
            where w.studentId = :studentId and a.revisionRequestedAt is not null
            """)
    List<PendingRevision> pendingRevisionsOf(long studentId);

    @Query("""
            select new org.sourcework.responses.internal.WorkAnswer(a, w.assignmentId, w.studentId, w.lessonVersion)
            from Answer a join StudentWork w on a.workId = w.id where a.id = :answerId
            """)
    Optional<WorkAnswer> findWorkAnswer(long answerId);

    /** Non-blank answers per question over the whole assignment: one statement, for column totals. */
    @Query("""
            select a.questionId, count(a) from Answer a join StudentWork w on a.workId = w.id
            where w.assignmentId = :assignmentId and a.blank = false group by a.questionId
            """)
    List<Object[]> answeredCounts(long assignmentId);

    /**
     * The distinct non-blank choices, sentence sets or placements given to one question, each with
     * how many students gave it: each student's newest handed-in version, or the saved answer where
     * nothing is handed in; where the lesson scores a checked attempt, that attempt instead. One
     * statement whatever the class size; rows are type, selection, score, max points, count and the
     * lesson version the answers were written to.
     */
    @Query("""
            select coalesce(r.content.type, a.content.type),
                   coalesce(t.selection, r.content.selection, a.content.selection),
                   coalesce(r.score, a.score), a.maxPoints, count(a), w.lessonVersion
            from Answer a join StudentWork w on a.workId = w.id
            left join AnswerRevision r on r.answerId = a.id
            left join AnswerAttempt t on t.answerId = a.id and t.scored = true
            where w.assignmentId = :assignmentId and a.questionId = :questionId
              and (r.id is null or r.number = (select max(r2.number) from AnswerRevision r2 where r2.answerId = a.id))
              and coalesce(r.blank, a.blank) = false
              and coalesce(r.content.selection, a.content.selection) is not null
            group by coalesce(r.content.type, a.content.type),
                     coalesce(t.selection, r.content.selection, a.content.selection),
                     coalesce(r.score, a.score), a.maxPoints, w.lessonVersion
            """)
    List<Object[]> selectionTallies(long assignmentId, String questionId);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update Answer a set a.revisionRequestedAt = :now, a.version = a.version + 1
            where a.id in :answerIds
              and a.workId in (select w.id from StudentWork w where w.assignmentId = :assignmentId)
            """)
    int requestRevisions(long assignmentId, Collection<Long> answerIds, Instant now);
}
