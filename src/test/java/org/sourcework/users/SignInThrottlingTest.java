package org.sourcework.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcework.users.SignInForm.PASSWORD;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcework.audit.AuditFilter;
import org.sourcework.audit.AuditService;
import org.sourcework.security.SignedInUser;
import org.sourcework.support.RunAs;
import org.sourcework.support.SettableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.WebApplicationContext;

/**
 * Failed sign-ins slow down further tries, per name and per address, instead of locking an account
 * that anyone could lock; a name that matches no account behaves exactly like a real one. Each test
 * uses its own demo accounts and addresses; the clock moves on two hours before each.
 */
@SignInTest
class SignInThrottlingTest {

    private static final String WRONG = "not the password";

    @Autowired
    WebApplicationContext context;

    @Autowired
    SettableClock clock;

    @Autowired
    UserAdminService admin;

    @Autowired
    AuditService audit;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    RunAs runAs;

    private SignInForm form;

    @BeforeEach
    void quietForTwoHours() {
        form = new SignInForm(context);
        clock.advance(Duration.ofHours(2));
    }

    @Test
    void the_fifth_wrong_password_in_a_row_makes_the_next_try_wait_and_each_further_failure_doubles_the_wait()
            throws Exception {
        for (int i = 0; i < 4; i++) {
            assertThat(form.attempt("ben", WRONG, "10.1.0.1")).isEqualTo("/login?error");
        }
        assertThat(form.attempt("ben", WRONG, "10.1.0.1")).isEqualTo("/login?wait=15");

        clock.advance(Duration.ofSeconds(15));
        assertThat(form.attempt("ben", WRONG, "10.1.0.1")).isEqualTo("/login?wait=30");
        clock.advance(Duration.ofSeconds(30));
        assertThat(form.attempt("ben", WRONG, "10.1.0.2"))
                .as("from another address too")
                .isEqualTo("/login?wait=60");
    }

    @Test
    void during_the_wait_even_the_right_password_is_refused_and_afterwards_it_signs_in() throws Exception {
        for (int i = 0; i < 5; i++) {
            form.attempt("chloe", WRONG, "10.2.0.1");
        }
        clock.advance(Duration.ofSeconds(5));

        assertThat(form.attempt("chloe", PASSWORD, "10.2.0.1")).isEqualTo("/login?wait=10");
        clock.advance(Duration.ofSeconds(10));
        assertThat(form.attempt("chloe", PASSWORD, "10.2.0.1")).isEqualTo("/");
        // the success ended the streak: four more mistakes cost nothing again
        for (int i = 0; i < 4; i++) {
            assertThat(form.attempt("chloe", WRONG, "10.2.0.1")).isEqualTo("/login?error");
        }
    }

    @Test
    void a_name_that_matches_no_account_is_slowed_down_exactly_like_a_real_one() throws Exception {
        var realName = sevenTries("daniel", "10.3.0.1");
        var unknownName = sevenTries("no-such-student", "10.3.0.2");

        assertThat(realName).contains("/login?error", "/login?wait=15");
        assertThat(unknownName).isEqualTo(realName);
    }

    @Test
    void an_administrator_ends_the_wait_at_once() throws Exception {
        var elena = ((SignedInUser) accounts.loadUserByUsername("elena")).id();
        for (int i = 0; i < 5; i++) {
            form.attempt("elena", WRONG, "10.4.0.1");
        }
        assertThat(runAs.user("admin", () -> admin.get(elena)).locked()).isTrue();

        runAs.user("admin", () -> admin.unlock(elena));

        assertThat(runAs.user("admin", () -> admin.get(elena)).locked()).isFalse();
        assertThat(form.attempt("elena", PASSWORD, "10.4.0.1")).isEqualTo("/");
    }

    @Test
    void many_failures_from_one_address_slow_down_every_name_tried_from_there_but_not_elsewhere() throws Exception {
        for (int i = 1; i <= 30; i++) {
            assertThat(form.attempt("guess-" + i, WRONG, "10.5.0.1")).isEqualTo("/login?error");
        }
        assertThat(form.attempt("guess-31", WRONG, "10.5.0.1")).isEqualTo("/login?wait=1");

        assertThat(form.attempt("farid", PASSWORD, "10.5.0.1")).isEqualTo("/login?wait=1");
        assertThat(form.attempt("farid", PASSWORD, "10.5.0.2")).isEqualTo("/");
    }

    @Test
    void failed_sign_ins_are_audited_without_the_password_and_an_unknown_name_without_the_name() throws Exception {
        form.attempt("grace", "my secret guess", "10.6.0.1");
        form.attempt("maybe-a-password", WRONG, "10.6.0.1");

        var grace = runAs.user("admin", () -> audit.page(new AuditFilter("grace", "sign-in.failed", null, null), 0, 1));
        assertThat(grace)
                .singleElement()
                .satisfies(entry -> assertThat(entry.toString()).doesNotContain("secret"));
        var unknown = runAs.user(
                "admin", () -> audit.page(new AuditFilter("anonymous", "sign-in.failed", null, null), 0, 50));
        assertThat(unknown).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.details()).isEqualTo("unknown username");
            assertThat(entry.toString()).doesNotContain("maybe-a-password");
        });
    }

    /** Five wrong passwords, then one more five seconds later and one more when that wait is over. */
    private List<String> sevenTries(String username, String address) throws Exception {
        var locations = new ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            locations.add(form.attempt(username, WRONG, address));
        }
        clock.advance(Duration.ofSeconds(5));
        locations.add(form.attempt(username, WRONG, address));
        clock.advance(Duration.ofSeconds(10));
        locations.add(form.attempt(username, WRONG, address));
        return locations;
    }
}
