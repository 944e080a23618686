package org.sourcework.responses.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface StudentWorkRepository extends JpaRepository<StudentWork, Long> {

    Optional<StudentWork> findByAssignmentIdAndStudentId(long assignmentId, long studentId);

    List<StudentWork> findByAssignmentIdAndStudentIdIn(long assignmentId, Collection<Long> studentIds);

    /**
     * The work, locked until the transaction ends: one student's saves, submit and reopen happen
     * one after the other, so no answer slips in after a submission and two tabs saving the same
     * answer at once end in a conflict rather than an error.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from StudentWork w where w.assignmentId = :assignmentId and w.studentId = :studentId")
    Optional<StudentWork> lockByAssignmentIdAndStudentId(long assignmentId, long studentId);

    @Query("""
            select new org.sourcework.responses.internal.WorkProgress(w.assignmentId, w.lessonVersion, w.status,
                w.lastSection, w.submittedAt, w.late, count(a.id))
            from StudentWork w left join Answer a on a.workId = w.id and a.blank = false
            where w.studentId = :studentId
            group by w.id, w.assignmentId, w.lessonVersion, w.status, w.lastSection, w.submittedAt, w.late
            """)
    List<WorkProgress> progressOf(long studentId);
}
