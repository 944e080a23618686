package org.sourcework.roster.internal;

import java.util.List;
import java.util.Optional;
import org.sourcework.roster.TaughtClass;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SchoolClassRepository extends JpaRepository<SchoolClass, Long> {

    Optional<SchoolClass> findByNameAndTerm(String name, String term);

    long countByArchivedFalse();

    @Query("""
            select new org.sourcework.roster.TaughtClass(c.id, c.name, c.term,
                (select count(s) from Enrolment s
                  where s.classId = c.id and s.classRole = org.sourcework.roster.ClassRole.STUDENT),
                (select count(a) from Assignment a where a.classId = c.id))
            from SchoolClass c
            where c.archived = false
              and exists (select 1 from Enrolment e where e.classId = c.id and e.userId = :userId
                          and e.classRole = org.sourcework.roster.ClassRole.INSTRUCTOR)
            order by c.name, c.term
            """)
    List<TaughtClass> findTaughtBy(long userId);
}
