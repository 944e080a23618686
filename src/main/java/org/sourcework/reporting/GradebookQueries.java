package org.sourcework.reporting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Repository;

/**
 * The gradebook's page of students, in the order the instructor chose: by name, or by their points
 * on a set of questions (the whole lesson, a section or a skill). Sorting by points has to happen in
 * the database, since a page holds only some of the class. A score is counted as in
 * {@link AnalyticsQueries}: the instructor's on the newest handed-in version, else the automatic one;
 * blank answers count nothing. Callers check access first.
 */
@Repository
public class GradebookQueries {

    static final String STUDENTS = """
            select e.user_id, u.username, u.display_name, e.withdrawn_at,
                   coalesce(sum(case when a.question_id in (:sortIds) and coalesce(r.blank, a.blank) = false
                       then coalesce(f.score, r.score, a.score) end), 0) as sort_score
            from enrolment e join app_user u on u.id = e.user_id
            left join student_work w on w.assignment_id = :assignmentId and w.student_id = e.user_id
            left join answer a on a.work_id = w.id
            left join answer_revision r on r.answer_id = a.id
              and r.number = (select max(r2.number) from answer_revision r2 where r2.answer_id = a.id)
            left join feedback f on f.revision_id = r.id
            where e.class_id = :classId and e.class_role = 'STUDENT'
            group by e.user_id, u.username, u.display_name, e.withdrawn_at
            """;

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * One page of the students of a class, withdrawn ones included.
     *
     * @param sortIds   the questions whose points order the page; ignored when {@code byName}
     * @param ascending lowest first (or A to Z); ties go by name
     */
    public List<OverviewStudent> page(
            long classId,
            long assignmentId,
            Collection<String> sortIds,
            boolean byName,
            boolean ascending,
            int offset,
            int limit) {
        var direction = ascending ? " asc" : " desc";
        var order = byName || sortIds.isEmpty()
                ? " order by u.display_name" + direction + ", e.user_id"
                : " order by sort_score" + direction + ", u.display_name, e.user_id";
        var rows = entityManager
                .createNativeQuery(STUDENTS + order + " limit :limit offset :offset")
                .setParameter("classId", classId)
                .setParameter("assignmentId", assignmentId)
                // "in ()" is not SQL; a question id nobody uses stands for none
                .setParameter("sortIds", sortIds.isEmpty() ? List.of("") : sortIds)
                .setParameter("limit", limit)
                .setParameter("offset", offset)
                .getResultList();
        return Rows.of(
                rows,
                row -> new OverviewStudent(
                        Rows.number(row[0]), (String) row[1], (String) row[2], Rows.instant(row[3])));
    }
}
