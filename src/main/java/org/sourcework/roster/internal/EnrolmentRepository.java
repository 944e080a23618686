package org.sourcework.roster.internal;

import java.util.List;
import java.util.Optional;
import org.sourcework.roster.ClassRole;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    boolean existsByClassIdAndUserIdAndClassRole(long classId, long userId, ClassRole classRole);

    Optional<Enrolment> findByClassIdAndUserId(long classId, long userId);

    /** Withdrawn students count as not enrolled: they keep their row but no longer reach the class. */
    boolean existsByClassIdAndUserIdAndClassRoleAndWithdrawnAtIsNull(long classId, long userId, ClassRole classRole);

    List<Enrolment> findByClassIdOrderByIdAsc(long classId);
}
