package org.sourcework.analytics.internal;

import java.util.Collection;
import java.util.List;
import org.sourcework.review.internal.Feedback;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.repository.Repository;

/**
 * The analytics' reporting queries. A score is the instructor's (feedback on the answer's newest
 * handed-in version) when there is one, otherwise the automatic score of the answer as the
 * instructor sees it, so these queries read the answer tables of the responses feature next to
 * feedback; they only read, and only here. Blank answers and answers without any score are left out.
 */
public interface AnalyticsRepository extends Repository<Feedback, Long> {

    String SCORED = """
            from student_work w join answer a on a.work_id = w.id
            left join answer_revision r on r.answer_id = a.id
              and r.number = (select max(r2.number) from answer_revision r2 where r2.answer_id = a.id)
            left join feedback f on f.revision_id = r.id
            where w.assignment_id = :assignmentId
              and coalesce(r.blank, a.blank) = false
              and coalesce(f.score, r.score, a.score) is not null
            """;

    /** Each scored answer of some students: one row per student and question. */
    @NativeQuery("select w.student_id as studentId, a.question_id as questionId,"
            + " coalesce(f.score, r.score, a.score) as score, a.max_points as points " + SCORED
            + " and w.student_id in (:studentIds)")
    List<ScoreRow> scoresOf(long assignmentId, Collection<Long> studentIds);

    /** The whole class's points per question in one aggregate: earned, available and how many answers. */
    @NativeQuery("select a.question_id as questionId, sum(coalesce(f.score, r.score, a.score)) as earned,"
            + " sum(a.max_points) as available, count(*) as answers " + SCORED + " group by a.question_id")
    List<QuestionPoints> pointsPerQuestion(long assignmentId);

    /**
     * The instructor's scores and rubric levels on one question, grouped by the levels chosen:
     * only feedback on each answer's newest handed-in version counts.
     */
    @NativeQuery("""
            select f.levels as levels, count(*) as answers, sum(f.score) as total, count(f.score) as scored
            from feedback f join answer_revision r on r.id = f.revision_id
            where f.assignment_id = :assignmentId and f.question_id = :questionId
              and r.number = (select max(r2.number) from answer_revision r2 where r2.answer_id = f.answer_id)
            group by f.levels
            """)
    List<LevelsTally> feedbackOn(long assignmentId, String questionId);
}
