package org.sourcework.roster.internal;

import java.util.List;
import java.util.Optional;
import org.sourcework.roster.ClassRole;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.NativeQuery;

public interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    boolean existsByClassIdAndUserIdAndClassRole(long classId, long userId, ClassRole classRole);

    Optional<Enrolment> findByClassIdAndUserId(long classId, long userId);

    /** Withdrawn students count as not enrolled: they keep their row but no longer reach the class. */
    boolean existsByClassIdAndUserIdAndClassRoleAndWithdrawnAtIsNull(long classId, long userId, ClassRole classRole);

    List<Enrolment> findByClassIdOrderByIdAsc(long classId);

    /**
     * One page of a class's students, withdrawn ones included, by name. Names live with the user
     * accounts, so this reads both tables in one statement.
     */
    @NativeQuery("""
            select e.user_id as userId, u.username as username, u.display_name as displayName,
                   e.withdrawn_at as withdrawnAt
            from enrolment e join app_user u on u.id = e.user_id
            where e.class_id = :classId and e.class_role = 'STUDENT'
            order by u.display_name, u.id
            limit :limit offset :offset
            """)
    List<StudentRow> studentsOf(long classId, int offset, int limit);

    long countByClassIdAndClassRole(long classId, ClassRole classRole);

    String STUDENT_COLUMNS = "select e.user_id as userId, u.username as username, u.display_name as displayName,"
            + " e.withdrawn_at as withdrawnAt from enrolment e join app_user u on u.id = e.user_id"
            + " where e.class_id = :classId and e.class_role = 'STUDENT'";

    /** @param pattern a lower-case LIKE pattern with {@code !} as its escape character */
    @NativeQuery(STUDENT_COLUMNS + " and (lower(u.display_name) like :pattern escape '!'"
            + " or lower(u.username) like :pattern escape '!') order by u.display_name, u.id"
            + " limit :limit offset :offset")
    List<StudentRow> findStudents(long classId, String pattern, int offset, int limit);

    @NativeQuery("select count(*) from enrolment e join app_user u on u.id = e.user_id"
            + " where e.class_id = :classId and e.class_role = 'STUDENT'"
            + " and (lower(u.display_name) like :pattern escape '!' or lower(u.username) like :pattern escape '!')")
    long countStudents(long classId, String pattern);

    @NativeQuery(STUDENT_COLUMNS + " and e.user_id = :userId")
    Optional<StudentRow> studentOf(long classId, long userId);

    /** The student just before the one named, in the order of {@link #studentsOf}. */
    @NativeQuery(STUDENT_COLUMNS + " and (u.display_name < :name or (u.display_name = :name and u.id < :userId))"
            + " order by u.display_name desc, u.id desc limit 1")
    Optional<StudentRow> studentBefore(long classId, String name, long userId);

    @NativeQuery(STUDENT_COLUMNS + " and (u.display_name > :name or (u.display_name = :name and u.id > :userId))"
            + " order by u.display_name, u.id limit 1")
    Optional<StudentRow> studentAfter(long classId, String name, long userId);

    @NativeQuery("select count(*) from enrolment e join app_user u on u.id = e.user_id"
            + " where e.class_id = :classId and e.class_role = 'STUDENT'"
            + " and (u.display_name < :name or (u.display_name = :name and u.id < :userId))")
    long countStudentsBefore(long classId, String name, long userId);
}
