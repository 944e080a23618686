package org.sourcework.reporting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Repository;

/**
 * The analytics' reporting queries. A score is the instructor's (feedback on the answer's newest
 * handed-in version) when there is one, otherwise the automatic score of the answer as the
 * instructor sees it, so these queries read the answer tables of the responses feature next to the
 * review feature's feedback; they only read. Blank answers and answers without any score are left
 * out. Callers check access first.
 */
@Repository
public class AnalyticsQueries {

    static final String SCORED = """
            from student_work w join answer a on a.work_id = w.id
            left join answer_revision r on r.answer_id = a.id
              and r.number = (select max(r2.number) from answer_revision r2 where r2.answer_id = a.id)
            left join feedback f on f.revision_id = r.id
            where w.assignment_id = :assignmentId
              and coalesce(r.blank, a.blank) = false
              and coalesce(f.score, r.score, a.score) is not null
            """;

    static final String FEEDBACK_ON = """
            select f.levels, count(*), sum(f.score), count(f.score)
            from feedback f join answer_revision r on r.id = f.revision_id
            where f.assignment_id = :assignmentId and f.question_id = :questionId
              and r.number = (select max(r2.number) from answer_revision r2 where r2.answer_id = f.answer_id)
            group by f.levels
            """;

    @PersistenceContext
    private EntityManager entityManager;

    /** Each scored answer of some students: one row per student and question. */
    public List<ScoreRow> scoresOf(long assignmentId, Collection<Long> studentIds) {
        var rows = entityManager
                .createNativeQuery(
                        "select w.student_id, a.question_id," + " coalesce(f.score, r.score, a.score), a.max_points "
                                + SCORED + " and w.student_id in (:studentIds)")
                .setParameter("assignmentId", assignmentId)
                .setParameter("studentIds", studentIds)
                .getResultList();
        return Rows.of(
                rows,
                row -> new ScoreRow(
                        Rows.number(row[0]),
                        (String) row[1],
                        Rows.decimal(row[2]),
                        Math.toIntExact(Rows.number(row[3]))));
    }

    /** The whole class's points per question in one aggregate: earned, available and how many answers. */
    public List<QuestionPoints> pointsPerQuestion(long assignmentId) {
        var rows = entityManager
                .createNativeQuery("select a.question_id, sum(coalesce(f.score, r.score, a.score)),"
                        + " sum(a.max_points), count(*) " + SCORED + " group by a.question_id")
                .setParameter("assignmentId", assignmentId)
                .getResultList();
        return Rows.of(
                rows,
                row -> new QuestionPoints(
                        (String) row[0], Rows.decimal(row[1]), Rows.number(row[2]), Rows.number(row[3])));
    }

    /**
     * The instructor's scores and rubric levels on one question, grouped by the levels chosen:
     * only feedback on each answer's newest handed-in version counts.
     */
    public List<LevelsTally> feedbackOn(long assignmentId, String questionId) {
        var rows = entityManager
                .createNativeQuery(FEEDBACK_ON)
                .setParameter("assignmentId", assignmentId)
                .setParameter("questionId", questionId)
                .getResultList();
        return Rows.of(
                rows,
                row -> new LevelsTally(
                        (String) row[0],
                        Rows.number(row[1]),
                        row[2] == null ? null : Rows.decimal(row[2]),
                        Rows.number(row[3])));
    }
}
