package org.sourcework.lti.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcework.base.Message;
import org.sourcework.lti.DetailChange;
import org.sourcework.lti.RosterRefreshAction;
import org.sourcework.lti.RosterRefreshEntry;
import org.sourcework.roster.ClassMember;
import org.sourcework.roster.ClassRole;
import org.sourcework.security.AppRole;
import org.sourcework.users.UserSummary;

/** The rules of a roster refresh's dry run, on fixed data. */
class RosterPlannerTest {

    private static final String LEARNER = VerifiedLaunch.LEARNER;
    private static final String INSTRUCTOR = VerifiedLaunch.INSTRUCTOR;

    private static Member member(String subject, String name, String role) {
        return new Member(subject, name, null, List.of(role), "Active");
    }

    private static ClassMember inClass(long id, String name, ClassRole role, boolean withdrawn) {
        return new ClassMember(id, "user" + id, name, role, withdrawn ? Instant.parse("2026-11-01T00:00:00Z") : null);
    }

    private static UserSummary account(long id, String name, AppRole role) {
        return new UserSummary(id, "user" + id, name, "user" + id + "@lti.invalid", role, true);
    }

    private static RosterRefreshEntry only(List<RosterRefreshEntry> entries, String subject) {
        return entries.stream()
                .filter(entry -> entry.subject().equals(subject))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void someone_the_platform_never_linked_is_left_alone_even_when_the_course_lacks_them() {
        var state = new RosterPlanner.ClassState(
                Map.of(7L, inClass(7, "Enrolled By Hand", ClassRole.STUDENT, false)), Map.of(), Map.of());

        assertThat(RosterPlanner.plan(List.of(), state)).isEmpty();
    }

    @Test
    void a_student_who_left_is_withdrawn_but_an_instructor_who_left_stays_with_a_note() {
        var state = new RosterPlanner.ClassState(
                Map.of(
                        1L, inClass(1, "Lee Leaver", ClassRole.STUDENT, false),
                        2L, inClass(2, "Tess Teacher", ClassRole.INSTRUCTOR, false),
                        3L, inClass(3, "Gone Before", ClassRole.STUDENT, true)),
                Map.of("lee", 1L, "tess", 2L, "gone", 3L),
                Map.of());

        var plan = RosterPlanner.plan(List.of(), state);

        assertThat(only(plan, "lee").action()).isEqualTo(RosterRefreshAction.WITHDRAW);
        assertThat(only(plan, "tess").action()).isEqualTo(RosterRefreshAction.STAY);
        assertThat(only(plan, "tess").note()).isEqualTo(Message.of("lti.roster.note.instructor-left"));
        assertThat(plan).extracting(RosterRefreshEntry::subject).doesNotContain("gone");
    }

    @Test
    void inactive_and_deleted_members_are_withdrawn_and_other_roles_are_ignored() {
        var state = new RosterPlanner.ClassState(
                Map.of(1L, inClass(1, "A", ClassRole.STUDENT, false), 2L, inClass(2, "B", ClassRole.STUDENT, false)),
                Map.of("a", 1L, "b", 2L),
                Map.of(1L, account(1, "A", AppRole.STUDENT), 2L, account(2, "B", AppRole.STUDENT)));
        var course = List.of(
                new Member("a", "A", null, List.of(LEARNER), "Inactive"),
                new Member("b", "B", null, List.of(LEARNER), "Deleted"),
                new Member(
                        "m",
                        "Mentor",
                        null,
                        List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor"),
                        "Active"));

        var plan = RosterPlanner.plan(course, state);

        assertThat(plan)
                .extracting(RosterRefreshEntry::subject, RosterRefreshEntry::action)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", RosterRefreshAction.WITHDRAW),
                        org.assertj.core.groups.Tuple.tuple("b", RosterRefreshAction.WITHDRAW));
    }

    @Test
    void a_withdrawn_student_back_on_the_course_is_reenrolled_with_the_platforms_new_name() {
        var state = new RosterPlanner.ClassState(
                Map.of(1L, inClass(1, "Old", ClassRole.STUDENT, true)),
                Map.of("s", 1L),
                Map.of(1L, account(1, "Old", AppRole.STUDENT)));

        var entry = only(RosterPlanner.plan(List.of(member("s", "New", LEARNER)), state), "s");

        assertThat(entry.action()).isEqualTo(RosterRefreshAction.REENROL);
        assertThat(entry.changes()).containsExactly(new DetailChange("name", "Old", "New"));
    }

    @Test
    void an_email_the_platform_sends_replaces_the_placeholder_but_a_missing_one_changes_nothing() {
        var state = new RosterPlanner.ClassState(
                Map.of(1L, inClass(1, "A", ClassRole.STUDENT, false), 2L, inClass(2, "B", ClassRole.STUDENT, false)),
                Map.of("a", 1L, "b", 2L),
                Map.of(1L, account(1, "A", AppRole.STUDENT), 2L, account(2, "B", AppRole.STUDENT)));
        var course = List.of(
                new Member("a", "A", "a@school.example", List.of(LEARNER), "Active"),
                new Member("b", "B", "not an address", List.of(LEARNER), "Active"));

        var plan = RosterPlanner.plan(course, state);

        assertThat(only(plan, "a").changes())
                .containsExactly(new DetailChange("email", "user1@lti.invalid", "a@school.example"));
        assertThat(only(plan, "b").changes()).isEmpty();
    }

    @Test
    void an_account_of_the_wrong_kind_is_not_added_and_says_why() {
        var state = new RosterPlanner.ClassState(
                Map.of(),
                Map.of("s", 1L, "t", 2L),
                Map.of(1L, account(1, "S", AppRole.STUDENT), 2L, account(2, "T", AppRole.INSTRUCTOR)));
        var course = List.of(member("s", "S", INSTRUCTOR), member("t", "T", LEARNER));

        var plan = RosterPlanner.plan(course, state);

        assertThat(only(plan, "s").action()).isEqualTo(RosterRefreshAction.SKIP);
        assertThat(only(plan, "s").note()).isEqualTo(Message.of("lti.roster.note.student-account"));
        assertThat(only(plan, "t").action()).isEqualTo(RosterRefreshAction.SKIP);
        assertThat(only(plan, "t").note()).isEqualTo(Message.of("lti.roster.note.not-a-student-account"));
    }

    @Test
    void the_next_page_is_found_among_other_links() {
        assertThat(Memberships.next(List.of(
                        "<https://lms.example/m?p=1>; rel=\"differences\", <https://lms.example/m?p=3>; rel=\"next\"")))
                .contains("https://lms.example/m?p=3");
        assertThat(Memberships.next(List.of("</m?p=2>; rel=next"))).contains("/m?p=2");
        assertThat(Memberships.next(List.of("<https://lms.example/m?p=9>; rel=\"last\"")))
                .isEmpty();
        assertThat(Memberships.next(List.of())).isEmpty();
    }
}
