package org.sourcework.roster.internal;

import java.util.List;
import java.util.Optional;
import org.sourcework.roster.ClassRow;
import org.sourcework.roster.TaughtClass;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SchoolClassRepository extends JpaRepository<SchoolClass, Long> {

    Optional<SchoolClass> findByNameAndTerm(String name, String term);

    long countByArchivedFalse();

    /** The terms of the classes in use, the term of the most recently created class first. */
    @Query("""
            select c.term from SchoolClass c where c.archived = false
            group by c.term order by max(c.createdAt) desc, c.term
            """)
    List<String> findTermsNewestFirst();

    @Query("""
            select new org.sourcework.roster.TaughtClass(c.id, c.name, c.term,
                (select count(s) from Enrolment s
                  where s.classId = c.id and s.classRole = org.sourcework.roster.ClassRole.STUDENT
                    and s.withdrawnAt is null),
                (select count(a) from Assignment a where a.classId = c.id))
            from SchoolClass c
            where c.archived = false
              and exists (select 1 from Enrolment e where e.classId = c.id and e.userId = :userId
                          and e.classRole = org.sourcework.roster.ClassRole.INSTRUCTOR)
            order by c.name, c.term
            """)
    List<TaughtClass> findTaughtBy(long userId);

    @Query("""
            select new org.sourcework.roster.ClassRow(c.id, c.name, c.term, c.archived, c.version,
                (select count(i) from Enrolment i
                  where i.classId = c.id and i.classRole = org.sourcework.roster.ClassRole.INSTRUCTOR),
                (select count(s) from Enrolment s
                  where s.classId = c.id and s.classRole = org.sourcework.roster.ClassRole.STUDENT
                    and s.withdrawnAt is null),
                (select count(a) from Assignment a where a.classId = c.id))
            from SchoolClass c
            where (:includeArchived = true or c.archived = false)
              and (lower(c.name) like :pattern escape '!' or lower(c.term) like :pattern escape '!')
            order by c.term, c.name, c.id
            """)
    List<ClassRow> findRows(String pattern, boolean includeArchived, Pageable page);

    @Query("""
            select count(c) from SchoolClass c
            where (:includeArchived = true or c.archived = false)
              and (lower(c.name) like :pattern escape '!' or lower(c.term) like :pattern escape '!')
            """)
    long countRows(String pattern, boolean includeArchived);

    @Query("""
            select new org.sourcework.roster.ClassRow(c.id, c.name, c.term, c.archived, c.version,
                (select count(i) from Enrolment i
                  where i.classId = c.id and i.classRole = org.sourcework.roster.ClassRole.INSTRUCTOR),
                (select count(s) from Enrolment s
                  where s.classId = c.id and s.classRole = org.sourcework.roster.ClassRole.STUDENT
                    and s.withdrawnAt is null),
                (select count(a) from Assignment a where a.classId = c.id))
            from SchoolClass c where c.id = :classId
            """)
    Optional<ClassRow> findRow(long classId);
}
