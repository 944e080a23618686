package org.sourcework.reporting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Repository;

/**
 * A student's score on an assignment as they can see it: on each non-blank answer to the given questions,
 * the instructor's score when that feedback on the newest handed-in version is released, otherwise the
 * automatic score. A draft never counts, so what a platform's gradebook receives is what the student was
 * shown. Callers check access first.
 */
@Repository
public class ReleasedScoreQueries {

    static final String RELEASED_TOTALS = """
            select w.student_id,
                   sum(coalesce(case when f.status = 'RELEASED' then f.score end, r.score, a.score))
            from student_work w join answer a on a.work_id = w.id
            left join answer_revision r on r.answer_id = a.id
              and r.number = (select max(r2.number) from answer_revision r2 where r2.answer_id = a.id)
            left join feedback f on f.revision_id = r.id
            where w.assignment_id = :assignmentId and w.student_id in (:studentIds)
              and a.question_id in (:questionIds)
              and coalesce(r.blank, a.blank) = false
            group by w.student_id
            """;

    @PersistenceContext
    private EntityManager entityManager;

    /** Per student with any scored answer, the sum of their visible scores; students without one are missing. */
    public Map<Long, BigDecimal> releasedTotals(
            long assignmentId, Collection<String> questionIds, Collection<Long> studentIds) {
        var totals = new HashMap<Long, BigDecimal>();
        if (questionIds.isEmpty() || studentIds.isEmpty()) {
            return totals;
        }
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> rows = entityManager
                .createNativeQuery(RELEASED_TOTALS)
                .setParameter("assignmentId", assignmentId)
                .setParameter("studentIds", studentIds)
                .setParameter("questionIds", questionIds)
                .getResultList();
        for (var row : rows) {
            if (row[1] != null) {
                totals.put(Rows.number(row[0]), Rows.decimal(row[1]));
            }
        }
        return totals;
    }
}
