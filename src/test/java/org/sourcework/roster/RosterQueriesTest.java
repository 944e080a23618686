package org.sourcework.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.sourcework.users.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class RosterQueriesTest {

    @Autowired
    RosterQueries roster;

    @Autowired
    RunAs runAs;

    @Autowired
    UserService users;

    @Autowired
    ClassRosterService rosters;

    @Autowired
    ClassAdminService classes;

    @Test
    void instructor_sees_only_the_classes_they_teach_with_student_counts() {
        var classes = runAs.user("hughes", () -> roster.classesITeach());

        assertThat(classes).singleElement().satisfies(taught -> {
            assertThat(taught.name()).isEqualTo("History 11A");
            assertThat(taught.studentCount()).isEqualTo(4);
            assertThat(taught.assignmentCount()).isEqualTo(1);
        });
    }

    @Test
    void student_sees_the_lessons_assigned_to_their_own_classes_only() {
        var assignments = runAs.user("elena", () -> roster.myAssignments());

        assertThat(assignments)
                .singleElement()
                .satisfies(assignment -> assertThat(assignment.className()).isEqualTo("History 11B"));
    }

    @Test
    void a_page_of_students_includes_withdrawn_students_with_the_date_they_left() {
        var classId =
                runAs.user("amira", () -> roster.myAssignments().getFirst().classId());
        var ben = runAs.user(
                "admin", () -> users.findByUsername("ben").orElseThrow().id());
        runAs.user("admin", () -> rosters.withdrawStudent(classId, ben));

        var students = runAs.user("hughes", () -> roster.studentsOf(classId, 0, 10));

        assertThat(students).extracting(ClassStudent::username).containsExactly("amira", "ben", "chloe", "daniel");
        assertThat(students)
                .filteredOn(ClassStudent::withdrawn)
                .singleElement()
                .satisfies(student -> assertThat(student.withdrawnAt()).isNotNull());
    }

    @Test
    void anonymous_caller_is_refused() {
        assertThatThrownBy(() -> roster.myAssignments()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> roster.classesITeach()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void wrong_roles_are_refused() {
        assertThatThrownBy(() -> runAs.user("amira", () -> roster.classesITeach()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user("hughes", () -> roster.myAssignments()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user("hughes", () -> classes.create("Mine", "Fall 2027")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user("amira", () -> roster.countActiveClasses()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_class_name_is_unique_within_its_term() {
        assertThatThrownBy(() -> runAs.user("admin", () -> classes.create("History 11A", "Spring 2027")))
                .isInstanceOf(RosterRejectedException.class)
                .hasMessage("A class called 'History 11A' already exists in Spring 2027.");
    }

    @Test
    void enrolling_twice_or_in_a_second_role_is_refused_and_changes_nothing() {
        runAs.user("admin", () -> {
            var history = roster.findClass("History 11A", "Spring 2027").orElseThrow();

            assertThatThrownBy(() -> rosters.enrolStudent(history.id(), "amira"))
                    .isInstanceOf(RosterRejectedException.class)
                    .hasMessage("'amira' is already in this class.");
            assertThatThrownBy(() -> rosters.addInstructor(history.id(), "amira"))
                    .isInstanceOf(RosterRejectedException.class);
        });
        var classes = runAs.user("hughes", () -> roster.classesITeach());
        assertThat(classes)
                .singleElement()
                .extracting(TaughtClass::studentCount)
                .isEqualTo(4L);
    }
}
