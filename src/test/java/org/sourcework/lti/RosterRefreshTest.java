package org.sourcework.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sourcework.lti.internal.LaunchLinks;
import org.sourcework.lti.platform.CourseMember;
import org.sourcework.lti.platform.Launch;
import org.sourcework.lti.platform.RegisteredPlatform;
import org.sourcework.roster.ClassRole;
import org.sourcework.support.RunAs;
import org.sourcework.support.ThisContextsSecurity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/**
 * Refreshing a class's roster from its course on the test platform (NRPS 2.0): classes, accounts and
 * enrolments are made by real launches, and the member list is read over HTTP with a real access token.
 */
// before SpringExtension: RunAs and the system administrator of a refresh sign in on this context's holder
@ExtendWith(ThisContextsSecurity.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RosterRefreshTest {

    @Autowired
    RunAs runAs;

    @Autowired
    RosterRefreshService refresh;

    @Autowired
    LaunchLinks links;

    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    final RegisteredPlatform lms = new RegisteredPlatform("Roster LMS");

    /** The course's class, made by its instructor's launch, which also says where its member list is. */
    private long courseLaunchedBy(String teacher, String contextId, String... learners) throws Exception {
        lms.launch(Launch.of(teacher, "Teacher " + teacher, Launch.INSTRUCTOR, contextId));
        for (var learner : learners) {
            lms.launch(Launch.of(learner, "Name of " + learner, Launch.LEARNER, contextId));
        }
        return links.schoolClass(lms.id(), contextId).orElseThrow();
    }

    private String username(String subject) {
        return jdbc.sql("select username from app_user where id = ?")
                .param(links.user(lms.id(), subject).orElseThrow())
                .query(String.class)
                .single();
    }

    private String displayName(String subject) {
        return jdbc.sql("select display_name from app_user where id = ?")
                .param(links.user(lms.id(), subject).orElseThrow())
                .query(String.class)
                .single();
    }

    private Instant withdrawnAt(long classId, String subject) {
        return jdbc.sql("select withdrawn_at from enrolment where class_id = ? and user_id = ?")
                .params(classId, links.user(lms.id(), subject).orElseThrow())
                .query(Instant.class)
                .list()
                .getFirst();
    }

    private static List<String> subjects(List<RosterRefreshEntry> entries) {
        return entries.stream().map(RosterRefreshEntry::subject).toList();
    }

    @Test
    void a_refresh_shows_a_new_student_a_new_name_and_a_leaver_and_changes_nothing_until_confirmed() throws Exception {
        long classId = courseLaunchedBy("rt-1", "course-refresh", "stays-1", "renamed-1", "leaves-1");
        assertThat(jdbc.sql("select memberships_url from lti_context_link where class_id = ?")
                        .param(classId)
                        .query(String.class)
                        .single())
                .isEqualTo(lms.platform().memberships().url("course-refresh"));
        lms.platform()
                .memberships()
                .members(
                        "course-refresh",
                        CourseMember.instructor("rt-1", "Teacher rt-1"),
                        CourseMember.learner("stays-1", "Name of stays-1"),
                        CourseMember.learner("renamed-1", "Rena Newname"),
                        CourseMember.learner("new-1", "Nia New"));
        var teacher = username("rt-1");
        int pagesBefore = lms.platform().memberships().pagesServed();

        var plan = runAs.user(teacher, () -> refresh.dryRun(classId));

        assertThat(lms.platform().memberships().pagesServed() - pagesBefore)
                .as("four members, two a page")
                .isEqualTo(2);
        assertThat(subjects(plan.added(ClassRole.STUDENT))).containsExactly("new-1");
        assertThat(plan.added(ClassRole.STUDENT).getFirst().name()).isEqualTo("Nia New");
        assertThat(plan.changed()).singleElement().satisfies(entry -> {
            assertThat(entry.subject()).isEqualTo("renamed-1");
            assertThat(entry.changes()).containsExactly(new DetailChange("name", "Name of renamed-1", "Rena Newname"));
        });
        assertThat(subjects(plan.with(RosterRefreshAction.WITHDRAW))).containsExactly("leaves-1");
        assertThat(subjects(plan.with(RosterRefreshAction.STAY)))
                .containsExactlyInAnyOrder("rt-1", "stays-1", "renamed-1");
        assertThat(links.user(lms.id(), "new-1"))
                .as("no account before confirming")
                .isEmpty();
        assertThat(withdrawnAt(classId, "leaves-1")).isNull();
        assertThat(displayName("renamed-1")).isEqualTo("Name of renamed-1");

        var result = runAs.user(teacher, () -> refresh.apply(classId, plan));

        assertThat(result).isEqualTo(new RosterRefreshResult(1, 0, 1, 1));
        assertThat(withdrawnAt(classId, "leaves-1")).isNotNull();
        assertThat(displayName("leaves-1")).as("the leaver's account is kept").isEqualTo("Name of leaves-1");
        assertThat(displayName("renamed-1")).isEqualTo("Rena Newname");
        var newStudent = links.user(lms.id(), "new-1").orElseThrow();
        assertThat(jdbc.sql(
                                "select class_role from enrolment where class_id = ? and user_id = ? and withdrawn_at is null")
                        .params(classId, newStudent)
                        .query(String.class)
                        .single())
                .isEqualTo("STUDENT");
        assertThat(jdbc.sql("select actor_username || ' ' || details from audit_event"
                                + " where action = 'lti.roster.refreshed' and target_id = ?")
                        .param(Long.toString(classId))
                        .query(String.class)
                        .single())
                .isEqualTo(teacher + " platform=" + lms.id() + ", 1 added, 0 back, 1 changed, 1 withdrawn");

        // the new student's first launch finds the account and enrolment the refresh made
        var outcome = lms.launch(Launch.of("new-1", "Nia New", Launch.LEARNER, "course-refresh"));

        assertThat(outcome.location()).endsWith("/my-lessons");
        assertThat(links.user(lms.id(), "new-1")).contains(newStudent);
        assertThat(jdbc.sql("select count(*) from enrolment where user_id = ?")
                        .param(newStudent)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void a_student_who_left_and_came_back_is_enrolled_again_and_then_nothing_is_left_to_change() throws Exception {
        long classId = courseLaunchedBy("rt-2", "course-back", "back-2");
        var teacher = username("rt-2");
        lms.platform().memberships().members("course-back", CourseMember.instructor("rt-2", "Teacher rt-2"));
        runAs.user(teacher, () -> refresh.apply(classId, refresh.dryRun(classId)));
        assertThat(withdrawnAt(classId, "back-2")).isNotNull();
        lms.platform()
                .memberships()
                .members(
                        "course-back",
                        CourseMember.instructor("rt-2", "Teacher rt-2"),
                        CourseMember.learner("back-2", "Name of back-2"));

        var plan = runAs.user(teacher, () -> refresh.dryRun(classId));
        assertThat(subjects(plan.with(RosterRefreshAction.REENROL))).containsExactly("back-2");
        runAs.user(teacher, () -> refresh.apply(classId, plan));

        assertThat(withdrawnAt(classId, "back-2")).isNull();
        var again = runAs.user(teacher, () -> refresh.dryRun(classId));
        assertThat(again.changesAnything()).isFalse();
        assertThatThrownBy(() -> runAs.user(teacher, () -> refresh.apply(classId, again)))
                .isInstanceOfSatisfying(
                        LtiRejectedException.class,
                        e -> assertThat(e.message().key()).isEqualTo("lti.roster.nothing-to-change"));
    }

    @Test
    void an_inactive_member_is_withdrawn_like_one_who_left() throws Exception {
        long classId = courseLaunchedBy("rt-3", "course-inactive", "inactive-3");
        lms.platform()
                .memberships()
                .members(
                        "course-inactive",
                        CourseMember.instructor("rt-3", "Teacher rt-3"),
                        CourseMember.learner("inactive-3", "Name of inactive-3").inactive());

        var plan = runAs.user(username("rt-3"), () -> refresh.dryRun(classId));

        assertThat(subjects(plan.with(RosterRefreshAction.WITHDRAW))).containsExactly("inactive-3");
    }

    @Test
    void a_course_that_changed_since_the_dry_run_is_not_applied() throws Exception {
        long classId = courseLaunchedBy("rt-4", "course-moving", "moving-4");
        var teacher = username("rt-4");
        lms.platform().memberships().members("course-moving", CourseMember.instructor("rt-4", "Teacher rt-4"));
        var plan = runAs.user(teacher, () -> refresh.dryRun(classId));
        lms.platform()
                .memberships()
                .members(
                        "course-moving",
                        CourseMember.instructor("rt-4", "Teacher rt-4"),
                        CourseMember.learner("moving-4", "Name of moving-4"));

        assertThatThrownBy(() -> runAs.user(teacher, () -> refresh.apply(classId, plan)))
                .isInstanceOfSatisfying(
                        LtiRejectedException.class,
                        e -> assertThat(e.message().key()).isEqualTo("lti.roster.changed-meanwhile"));
        assertThat(withdrawnAt(classId, "moving-4")).isNull();
    }

    @Test
    void a_platform_that_fails_gives_a_plain_message_and_nothing_changes() throws Exception {
        long classId = courseLaunchedBy("rt-5", "course-down", "down-5");
        lms.platform().memberships().fail("course-down");

        assertThatThrownBy(() -> runAs.user(username("rt-5"), () -> refresh.dryRun(classId)))
                .isInstanceOfSatisfying(LtiRejectedException.class, e -> {
                    assertThat(e.message().key()).isEqualTo("lti.roster.failed.refused");
                    assertThat(e.getMessage())
                            .startsWith("Roster LMS answered with an error instead of the course's members");
                });
        assertThat(withdrawnAt(classId, "down-5")).isNull();
    }

    @Test
    void an_instructor_of_another_class_cannot_refresh_it_or_see_that_it_can_be() throws Exception {
        long classId = courseLaunchedBy("rt-6", "course-mine", "mine-6");
        lms.platform().memberships().members("course-mine", CourseMember.instructor("rt-6", "Teacher rt-6"));
        var plan = runAs.user(username("rt-6"), () -> refresh.dryRun(classId));

        assertThatThrownBy(() -> runAs.user("okafor", () -> refresh.dryRun(classId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user("okafor", () -> refresh.apply(classId, plan)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(runAs.user("okafor", () -> refresh.of(classId))).isEmpty();
        assertThat(runAs.user(username("rt-6"), () -> refresh.of(classId)))
                .hasValueSatisfying(source -> assertThat(source.sourceName()).isEqualTo("Roster LMS"));
        assertThat(withdrawnAt(classId, "mine-6")).isNull();
    }
}
