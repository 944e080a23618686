package org.sourcework.roster.internal;

import java.util.List;
import java.util.Optional;
import org.sourcework.roster.AssignmentInfo;
import org.sourcework.roster.StudentAssignment;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    Optional<Assignment> findByClassIdAndLessonId(long classId, long lessonId);

    List<Assignment> findByClassIdOrderByDueAtAscIdAsc(long classId);

    @Query("""
            select new org.sourcework.roster.StudentAssignment(a.id, c.id, c.name, a.lessonId, a.dueAt, a.path)
            from Assignment a join SchoolClass c on c.id = a.classId
            where c.archived = false
              and exists (select 1 from Enrolment e where e.classId = c.id and e.userId = :userId
                          and e.classRole = org.sourcework.roster.ClassRole.STUDENT and e.withdrawnAt is null)
            order by a.dueAt nulls last, c.name
            """)
    List<StudentAssignment> findForStudent(long userId);

    @Query("""
            select count(a) > 0 from Assignment a
            where a.lessonId = :lessonId
              and exists (select 1 from Enrolment e where e.classId = a.classId and e.userId = :userId
                          and e.withdrawnAt is null)
            """)
    boolean lessonReachable(long lessonId, long userId);

    @Query("""
            select new org.sourcework.roster.AssignmentInfo(a.id, c.id, c.name, a.lessonId, a.dueAt, a.path)
            from Assignment a join SchoolClass c on c.id = a.classId
            where a.id = :assignmentId
            """)
    Optional<AssignmentInfo> findInfo(long assignmentId);
}
