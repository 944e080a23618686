package org.sourcework.review.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.repository.Repository;

/**
 * The class overview's filtered, paged list of students. A filter such as "submitted, not yet
 * reviewed" depends on work, answers and feedback together, so this one reporting query reads the
 * tables of the roster, responses and review features; it only reads, and only here.
 */
public interface OverviewRepository extends Repository<Feedback, Long> {

    /**
     * The work {@code w} has a handed-in, non-blank answer without an automatic score whose newest
     * version has no feedback yet.
     */
    String UNREVIEWED = """
            exists (select 1 from answer a join answer_revision r on r.answer_id = a.id
                where a.work_id = w.id and r.blank = false and r.score is null
                  and r.number = (select max(r2.number) from answer_revision r2 where r2.answer_id = a.id)
                  and not exists (select 1 from feedback f where f.revision_id = r.id))""";

    String MATCHING = """
            from enrolment e join app_user u on u.id = e.user_id
            left join student_work w on w.assignment_id = :assignmentId and w.student_id = e.user_id
            where e.class_id = :classId and e.class_role = 'STUDENT'
              and (:filter = 'ALL'
                or (:filter = 'NOT_STARTED' and (w.id is null or w.status = 'NOT_STARTED'))
                or (:filter = 'IN_PROGRESS' and w.status = 'IN_PROGRESS')
                or (:filter = 'LATE' and ((w.status = 'SUBMITTED' and w.late)
                    or ((w.id is null or w.status <> 'SUBMITTED') and :dueAt < :now)))
                or (:filter = 'TO_REVIEW' and w.status = 'SUBMITTED' and\s"""
            + UNREVIEWED
            + """
                )
                or (:filter = 'DRAFTED' and exists (select 1 from feedback f where f.assignment_id = :assignmentId
                    and f.student_id = e.user_id and f.status = 'DRAFT'))
                or (:filter = 'UNREAD' and exists (select 1 from feedback f where f.assignment_id = :assignmentId
                    and f.student_id = e.user_id and f.status = 'RELEASED' and f.read_at is null))
                or (:filter = 'REVISING' and exists (select 1 from answer a where a.work_id = w.id
                    and a.revision_requested_at is not null)))
            """;

    /** @param dueAt the assignment's due date, or a date far in the future when it has none */
    @NativeQuery("select e.user_id as userId, u.username as username, u.display_name as displayName,"
            + " e.withdrawn_at as withdrawnAt " + MATCHING
            + " order by u.display_name, u.id limit :limit offset :offset")
    List<OverviewStudent> page(long classId, long assignmentId, String filter, Instant dueAt, Instant now, int offset,
            int limit);

    @NativeQuery("select count(*) " + MATCHING)
    long count(long classId, long assignmentId, String filter, Instant dueAt, Instant now);

    /**
     * Per assignment of a class: its current students, how many of them submitted, and how many
     * students (withdrawn ones too, as the overview lists them) have submitted work still to review.
     */
    @NativeQuery("""
            select s.id as assignmentId,
                   count(case when e.withdrawn_at is null then e.user_id end) as students,
                   count(case when e.withdrawn_at is null and w.status = 'SUBMITTED' then e.user_id end) as submitted,
                   count(case when w.status = 'SUBMITTED' and\s"""
            + UNREVIEWED
            + """
                     then e.user_id end) as toReview
            from assignment s
            left join enrolment e on e.class_id = s.class_id and e.class_role = 'STUDENT'
            left join student_work w on w.assignment_id = s.id and w.student_id = e.user_id
            where s.class_id = :classId
            group by s.id
            """)
    List<AssignmentTally> tallies(long classId);
}
