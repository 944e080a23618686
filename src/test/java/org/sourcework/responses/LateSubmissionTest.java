package org.sourcework.responses;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.RunAs;
import org.sourcework.users.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Due dates on a fixed clock: History 11A is due 14 days after the demo school was seeded. */
@FixedClockIntegrationTest
@Transactional
class LateSubmissionTest {

    @Autowired
    ResponseService responses;

    @Autowired
    ClassWorkService classWork;

    @Autowired
    RosterQueries roster;

    @Autowired
    RunAs runAs;

    @Autowired
    UserService users;

    @Autowired
    TestClock clock;

    private long assignment;
    private Instant dueAt;

    @BeforeEach
    void findAmirasLesson() {
        var assigned = runAs.user("amira", () -> roster.myAssignments().getFirst());
        assignment = assigned.assignmentId();
        dueAt = assigned.dueAt();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void history_11a_is_due_fourteen_days_after_seeding() {
        assertThat(dueAt).isEqualTo(TestClock.START.plus(Duration.ofDays(14)));
    }

    @Test
    void a_submission_after_the_due_date_is_accepted_and_marked_late() {
        clock.set(dueAt.plusSeconds(1));

        var state = runAs.user("amira", () -> responses.submit(assignment));

        assertThat(state.status()).isEqualTo(WorkStatus.SUBMITTED);
        assertThat(state.submittedAt()).isEqualTo(dueAt.plusSeconds(1));
        assertThat(state.late()).isTrue();
        assertThat(runAs.user("amira", () -> responses.myLessons()).getFirst().late())
                .isTrue();
    }

    @Test
    void a_submission_at_the_due_date_is_on_time() {
        clock.set(dueAt);

        assertThat(runAs.user("amira", () -> responses.submit(assignment)).late())
                .isFalse();
    }

    @Test
    void unsubmitted_work_is_late_once_the_due_date_has_passed() {
        assertThat(runAs.user("amira", () -> responses.myLessons()).getFirst().late())
                .isFalse();

        clock.set(dueAt.plus(Duration.ofDays(1)));

        assertThat(runAs.user("amira", () -> responses.myLessons()).getFirst().late())
                .isTrue();
        assertThat(runAs.user("amira", () -> responses.open(assignment)).work().late())
                .isTrue();
    }

    @Test
    void work_submitted_on_time_stays_on_time_after_the_due_date() {
        runAs.user("amira", () -> responses.submit(assignment));

        clock.set(dueAt.plus(Duration.ofDays(30)));

        assertThat(runAs.user("amira", () -> responses.myLessons()).getFirst()).satisfies(card -> {
            assertThat(card.status()).isEqualTo(WorkStatus.SUBMITTED);
            assertThat(card.late()).isFalse();
        });
    }

    @Test
    void reopening_clears_the_submission_and_a_late_resubmission_is_marked_late() {
        runAs.user("amira", () -> responses.submit(assignment));
        var amira = runAs.user("amira", () -> responses.open(assignment)).work();
        assertThat(amira.late()).isFalse();
        clock.set(dueAt.plus(Duration.ofDays(2)));

        runAs.user("hughes", () -> classWork.reopen(assignment, studentId("amira")));
        var again = runAs.user("amira", () -> responses.submit(assignment));

        assertThat(again.late()).isTrue();
        assertThat(again.submittedAt()).isEqualTo(dueAt.plus(Duration.ofDays(2)));
    }

    private long studentId(String username) {
        return runAs.user(
                "admin", () -> users.findByUsername(username).orElseThrow().id());
    }
}
