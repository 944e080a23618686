package org.sourcework.reporting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Repository;

/**
 * The class overview's filtered, paged list of students and the per-assignment tallies of the
 * instructor's home. A filter such as "submitted, not yet reviewed" depends on work, answers and
 * feedback together, so these queries read the tables of the roster, responses and review
 * features; they only read. Callers check access first.
 */
@Repository
public class ClassOverviewQueries {

    /**
     * The work {@code w} has a handed-in, non-blank answer without an automatic score whose newest
     * version has no feedback yet.
     */
    static final String UNREVIEWED = """
            exists (select 1 from answer a join answer_revision r on r.answer_id = a.id
                where a.work_id = w.id and r.blank = false and r.score is null
                  and r.number = (select max(r2.number) from answer_revision r2 where r2.answer_id = a.id)
                  and not exists (select 1 from feedback f where f.revision_id = r.id))""";

    static final String MATCHING = """
            from enrolment e join app_user u on u.id = e.user_id
            left join student_work w on w.assignment_id = :assignmentId and w.student_id = e.user_id
            where e.class_id = :classId and e.class_role = 'STUDENT'
              and (:filter = 'ALL'
                or (:filter = 'NOT_STARTED' and (w.id is null or w.status = 'NOT_STARTED'))
                or (:filter = 'IN_PROGRESS' and w.status = 'IN_PROGRESS')
                or (:filter = 'LATE' and ((w.status = 'SUBMITTED' and w.late)
                    or ((w.id is null or w.status <> 'SUBMITTED') and :dueAt < :now)))
                or (:filter = 'TO_REVIEW' and w.status = 'SUBMITTED' and\s""" + UNREVIEWED + """
                )
                or (:filter = 'DRAFTED' and exists (select 1 from feedback f where f.assignment_id = :assignmentId
                    and f.student_id = e.user_id and f.status = 'DRAFT'))
                or (:filter = 'UNREAD' and exists (select 1 from feedback f where f.assignment_id = :assignmentId
                    and f.student_id = e.user_id and f.status = 'RELEASED' and f.read_at is null))
                or (:filter = 'REVISING' and exists (select 1 from answer a where a.work_id = w.id
                    and a.revision_requested_at is not null)))
            """;

    static final String TALLIES = """
            select s.id, count(case when e.withdrawn_at is null then e.user_id end),
                   count(case when e.withdrawn_at is null and w.status = 'SUBMITTED' then e.user_id end),
                   count(case when w.status = 'SUBMITTED' and\s""" + UNREVIEWED + """
                     then e.user_id end)
            from assignment s
            left join enrolment e on e.class_id = s.class_id and e.class_role = 'STUDENT'
            left join student_work w on w.assignment_id = s.id and w.student_id = e.user_id
            where s.class_id = :classId
            group by s.id
            """;

    /**
     * Per student: the written answers handed in (each answer's newest version, not blank, without an
     * automatic score), and how many of those have feedback, released feedback, and feedback read.
     */
    static final String REVIEW_PROGRESS = """
            select w.student_id, count(*), count(f.id),
                   count(case when f.status = 'RELEASED' then f.id end), count(f.read_at)
            from student_work w join answer a on a.work_id = w.id
            join answer_revision r on r.answer_id = a.id
              and r.number = (select max(r2.number) from answer_revision r2 where r2.answer_id = a.id)
            left join feedback f on f.revision_id = r.id
            where w.assignment_id = :assignmentId and w.student_id in (:studentIds)
              and a.question_id in (:questionIds) and r.blank = false and r.score is null
            group by w.student_id
            """;

    @PersistenceContext
    private EntityManager entityManager;

    /**
     * One page of the students of a class the filter selects, by name; withdrawn students included.
     *
     * @param filter the name of the overview's filter ({@code ALL}, {@code TO_REVIEW}, ...)
     * @param dueAt  the assignment's due date, or a date far in the future when it has none
     */
    public List<OverviewStudent> page(
            long classId, long assignmentId, String filter, Instant dueAt, Instant now, int offset, int limit) {
        var rows = matching(
                        "select e.user_id, u.username, u.display_name, e.withdrawn_at " + MATCHING
                                + " order by u.display_name, u.id limit :limit offset :offset",
                        classId,
                        assignmentId,
                        filter,
                        dueAt,
                        now)
                .setParameter("limit", limit)
                .setParameter("offset", offset)
                .getResultList();
        return Rows.of(
                rows,
                row -> new OverviewStudent(
                        Rows.number(row[0]), (String) row[1], (String) row[2], Rows.instant(row[3])));
    }

    public long count(long classId, long assignmentId, String filter, Instant dueAt, Instant now) {
        return Rows.number(matching("select count(*) " + MATCHING, classId, assignmentId, filter, dueAt, now)
                .getSingleResult());
    }

    /**
     * Per assignment of a class: its current students, how many of them submitted, and how many
     * students (withdrawn ones too, as the overview lists them) have submitted work still to review.
     */
    public List<AssignmentTally> tallies(long classId) {
        var rows = entityManager
                .createNativeQuery(TALLIES)
                .setParameter("classId", classId)
                .getResultList();
        return Rows.of(
                rows,
                row -> new AssignmentTally(
                        Rows.number(row[0]), Rows.number(row[1]), Rows.number(row[2]), Rows.number(row[3])));
    }

    /**
     * How far the review of some students' written answers to the given questions has got, in one
     * statement; students with no written answer handed in have no row.
     */
    public List<ReviewTally> reviewProgress(
            long assignmentId, Collection<Long> studentIds, Collection<String> questionIds) {
        if (studentIds.isEmpty() || questionIds.isEmpty()) {
            return List.of();
        }
        var rows = entityManager
                .createNativeQuery(REVIEW_PROGRESS)
                .setParameter("assignmentId", assignmentId)
                .setParameter("studentIds", studentIds)
                .setParameter("questionIds", questionIds)
                .getResultList();
        return Rows.of(
                rows,
                row -> new ReviewTally(
                        Rows.number(row[0]),
                        Rows.number(row[1]),
                        Rows.number(row[2]),
                        Rows.number(row[3]),
                        Rows.number(row[4])));
    }

    private jakarta.persistence.Query matching(
            String sql, long classId, long assignmentId, String filter, Instant dueAt, Instant now) {
        return entityManager
                .createNativeQuery(sql)
                .setParameter("classId", classId)
                .setParameter("assignmentId", assignmentId)
                .setParameter("filter", filter)
                .setParameter("dueAt", dueAt)
                .setParameter("now", now);
    }
}
