package org.sourcework.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.sourcework.audit.AuditEntry;
import org.sourcework.audit.AuditFilter;
import org.sourcework.audit.AuditService;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.sourcework.users.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class ClassAdminServiceTest {

    @Autowired
    ClassAdminService classes;

    @Autowired
    ClassRosterService rosters;

    @Autowired
    RosterQueries roster;

    @Autowired
    ClassAccess access;

    @Autowired
    UserService users;

    @Autowired
    AuditService audit;

    @Autowired
    RunAs runAs;

    private ClassRow row(String name) {
        return runAs.user("admin", () -> classes.page(new ClassFilter(name, true), 0, 50)).stream()
                .filter(row -> row.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private long userId(String username) {
        return runAs.user(
                "admin", () -> users.findByUsername(username).orElseThrow().id());
    }

    @Test
    void the_class_list_shows_counts_and_filters_by_name_or_term() {
        var all = runAs.user("admin", () -> classes.page(new ClassFilter("spring 2027", false), 0, 50));

        assertThat(all).extracting(ClassRow::name).containsExactly("History 11A", "History 11B");
        assertThat(all.getFirst()).satisfies(history -> {
            assertThat(history.instructorCount()).isEqualTo(1);
            assertThat(history.studentCount()).isEqualTo(4);
            assertThat(history.lessonCount()).isEqualTo(1);
        });
        assertThat(runAs.user("admin", () -> classes.count(new ClassFilter("11b", false))))
                .isEqualTo(1);
        assertThat(runAs.user("admin", () -> classes.count(new ClassFilter("100%", false))))
                .isZero();
    }

    @Test
    void an_administrator_creates_and_renames_a_class() {
        var created = runAs.user("admin", () -> classes.create("  Civics 10 ", "Fall 2027"));
        var before = row("Civics 10");

        runAs.user("admin", () -> classes.rename(created.id(), before.version(), "Civics 10X"));

        assertThat(row("Civics 10X").term()).isEqualTo("Fall 2027");
    }

    @Test
    void a_rename_based_on_an_old_version_is_refused() {
        var history = row("History 11A");
        runAs.user("admin", () -> classes.rename(history.id(), history.version(), "History 11A (Reyes)"));
        runAs.user("admin", () -> roster.findClass("History 11A (Reyes)", "Spring 2027"))
                .orElseThrow();

        assertThatThrownBy(() -> runAs.user("admin", () -> classes.rename(history.id(), history.version(), "Other")))
                .isInstanceOf(RosterRejectedException.class)
                .hasMessage("Someone else changed this class while you were editing it. Reload the list and try"
                        + " again.");
    }

    @Test
    void a_rename_to_a_name_taken_in_the_same_term_or_a_blank_name_is_refused() {
        var history = row("History 11A");

        assertThatThrownBy(
                        () -> runAs.user("admin", () -> classes.rename(history.id(), history.version(), "History 11B")))
                .hasMessage("A class called 'History 11B' already exists in Spring 2027.");
        assertThatThrownBy(() -> runAs.user("admin", () -> classes.rename(history.id(), history.version(), " ")))
                .hasMessage("Give the class a name of 1 to 120 characters.");
    }

    @Test
    void an_archived_class_drops_out_of_the_lists_but_keeps_its_roster() {
        var history = row("History 11A");

        runAs.user("admin", () -> classes.archive(history.id()));

        assertThat(runAs.user("hughes", () -> roster.classesITeach())).isEmpty();
        assertThat(runAs.user("amira", () -> roster.myAssignments())).isEmpty();
        assertThat(runAs.user("admin", () -> classes.count(new ClassFilter("History", false))))
                .isEqualTo(1);
        assertThat(row("History 11A").archived()).isTrue();
        assertThat(runAs.user("admin", () -> classes.roster(history.id())).students())
                .hasSize(4);

        runAs.user("admin", () -> classes.unarchive(history.id()));
        assertThat(runAs.user("hughes", () -> roster.classesITeach())).hasSize(1);
    }

    @Test
    void a_withdrawn_student_no_longer_sees_the_lesson_but_stays_on_the_roster() {
        var history = row("History 11A");
        var lessonId =
                runAs.user("amira", () -> roster.myAssignments().getFirst().lessonId());

        runAs.user("admin", () -> rosters.withdrawStudent(history.id(), userId("amira")));

        assertThat(runAs.user("amira", () -> roster.myAssignments())).isEmpty();
        assertThat(runAs.user("amira", () -> access.isStudentIn(history.id()))).isFalse();
        assertThat(runAs.user("amira", () -> access.mayReadLesson(lessonId))).isFalse();
        assertThat(runAs.user("hughes", () -> access.teaches(history.id()))).isTrue();
        assertThat(runAs.user("admin", () -> classes.roster(history.id())).students())
                .filteredOn(ClassMember::withdrawn)
                .extracting(ClassMember::username)
                .containsExactly("amira");
        assertThat(runAs.user("hughes", () -> roster.classesITeach()).getFirst().studentCount())
                .isEqualTo(3);
    }

    @Test
    void enrolling_a_withdrawn_student_again_gives_them_the_lessons_back() {
        var history = row("History 11A");
        runAs.user("admin", () -> rosters.withdrawStudent(history.id(), userId("amira")));

        runAs.user("admin", () -> rosters.enrolStudent(history.id(), "amira"));

        assertThat(runAs.user("amira", () -> roster.myAssignments())).hasSize(1);
    }

    @Test
    void enrolling_bad_input_gets_a_specific_message() {
        var history = row("History 11A");

        assertThatThrownBy(() -> runAs.user("admin", () -> rosters.enrolStudent(history.id(), "nobody")))
                .hasMessage("There is no account 'nobody'.");
        assertThatThrownBy(() -> runAs.user("admin", () -> rosters.enrolStudent(history.id(), "amira")))
                .hasMessage("'amira' is already in this class.");
        assertThatThrownBy(() -> runAs.user("admin", () -> rosters.enrolStudent(history.id(), "okafor")))
                .hasMessage("'okafor' is not a student account. Add instructors as instructors.");
        assertThatThrownBy(() -> runAs.user("admin", () -> rosters.addInstructor(history.id(), "elena")))
                .hasMessage("'elena' has a student account. Only instructors and administrators can teach a class.");
        assertThatThrownBy(() -> runAs.user("admin", () -> rosters.withdrawStudent(history.id(), userId("elena"))))
                .hasMessage("This student is not enrolled in this class.");
    }

    @Test
    void a_second_instructor_can_be_added_and_removed() {
        var history = row("History 11A");

        runAs.user("admin", () -> rosters.addInstructor(history.id(), "okafor"));
        assertThat(runAs.user("okafor", () -> roster.classesITeach()))
                .extracting(TaughtClass::name)
                .containsExactly("History 11A", "History 11B");

        runAs.user("admin", () -> rosters.removeInstructor(history.id(), userId("okafor")));
        assertThat(runAs.user("okafor", () -> roster.classesITeach()))
                .extracting(TaughtClass::name)
                .containsExactly("History 11B");
    }

    @Test
    void a_lesson_is_assigned_once_and_its_due_date_can_change() {
        var history = row("History 11A");
        var assigned = runAs.user("admin", () -> classes.roster(history.id()))
                .lessons()
                .getFirst();
        var newDue = Instant.parse("2027-05-01T16:00:00Z");

        assertThatThrownBy(
                        () -> runAs.user("admin", () -> rosters.assignLesson(history.id(), assigned.lessonId(), null)))
                .hasMessage("This lesson is already assigned to this class. Change its due date instead.");
        runAs.user("admin", () -> rosters.changeDueDate(assigned.assignmentId(), newDue));

        assertThat(runAs.user("amira", () -> roster.myAssignments()).getFirst().dueAt())
                .isEqualTo(newDue);
        var created = runAs.user("admin", () -> classes.create("Civics 10", "Fall 2027"));
        runAs.user("admin", () -> rosters.assignLesson(created.id(), assigned.lessonId(), null));
        assertThat(runAs.user("admin", () -> classes.roster(created.id())).lessons())
                .singleElement()
                .extracting(AssignedLesson::dueAt)
                .isNull();
    }

    @Test
    void class_changes_are_recorded_in_the_audit_log() {
        var history = row("History 11A");

        runAs.user("admin", () -> classes.archive(history.id()));
        runAs.user("admin", () -> rosters.withdrawStudent(history.id(), userId("amira")));

        var entries = runAs.user("admin", () -> audit.page(new AuditFilter("admin", null, null, null), 0, 10));
        assertThat(entries).extracting(AuditEntry::action).contains("class.archived", "class.student-withdrawn");
        assertThat(entries)
                .filteredOn(entry -> entry.action().equals("class.archived"))
                .singleElement()
                .extracting(AuditEntry::targetId)
                .isEqualTo(Long.toString(history.id()));
    }

    @Test
    void only_administrators_manage_classes() {
        var history = row("History 11A");

        assertThatThrownBy(() -> runAs.user("hughes", () -> classes.page(ClassFilter.all(), 0, 50)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user("hughes", () -> rosters.enrolStudent(history.id(), "elena")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user("amira", () -> classes.archive(history.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classes.create("Civics", "Fall 2027"))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
