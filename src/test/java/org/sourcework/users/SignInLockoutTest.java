package org.sourcework.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcework.audit.AuditFilter;
import org.sourcework.audit.AuditService;
import org.sourcework.security.SignedInUser;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-in as the login form does it (a DAO provider publishing Spring Security's events), against
 * committed data: the lock is written in a transaction of its own, as in the running app.
 */
@IntegrationTest
class SignInLockoutTest {

    private static final String USERNAME = "grace";

    @Autowired
    UserDetailsService accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    UserAdminService admin;

    @Autowired
    AuditService audit;

    @Autowired
    RunAs runAs;

    private AuthenticationManager signIn;
    private long graceId;

    @BeforeEach
    void signInLikeTheForm() {
        var provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        var manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        signIn = manager;
        graceId = ((SignedInUser) accounts.loadUserByUsername(USERNAME)).id();
    }

    @AfterEach
    void unlockGrace() {
        runAs.user("admin", () -> admin.unlock(graceId));
    }

    private void attempt(String password) {
        signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(USERNAME, password));
    }

    @Test
    void five_wrong_passwords_lock_the_account_and_an_administrator_can_unlock_it() {
        var lockedBefore = runAs.user("admin", () -> audit.count(new AuditFilter(USERNAME, "sign-in.locked", null, null)));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt("wrong guess")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(accounts.loadUserByUsername(USERNAME).isAccountNonLocked()).isTrue();
        assertThatThrownBy(() -> attempt("wrong guess")).isInstanceOf(BadCredentialsException.class);

        assertThat(accounts.loadUserByUsername(USERNAME).isAccountNonLocked()).isFalse();
        assertThat(runAs.user("admin", () -> admin.get(graceId)).locked()).isTrue();
        // any password is refused while locked, before it is even checked
        assertThatThrownBy(() -> attempt("wrong guess")).isInstanceOf(LockedException.class);
        assertThat(runAs.user("admin", () -> audit.count(new AuditFilter(USERNAME, "sign-in.locked", null, null))))
                .isEqualTo(lockedBefore + 1);

        runAs.user("admin", () -> admin.unlock(graceId));
        assertThat(accounts.loadUserByUsername(USERNAME).isAccountNonLocked()).isTrue();
    }

    @Test
    void a_successful_sign_in_resets_the_count_of_failures() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt("wrong guess")).isInstanceOf(BadCredentialsException.class);
        }
        // what the provider publishes after a right password (grace's demo password stays untouched)
        var grace = accounts.loadUserByUsername(USERNAME);
        events.publishEvent(new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated(grace, null, grace.getAuthorities())));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt("wrong guess")).isInstanceOf(BadCredentialsException.class);
        }

        assertThat(accounts.loadUserByUsername(USERNAME).isAccountNonLocked()).isTrue();
    }

    @Test
    void failed_sign_ins_are_audited_without_the_password_tried() {
        assertThatThrownBy(() -> attempt("my secret guess")).isInstanceOf(BadCredentialsException.class);

        var entries = runAs.user("admin", () -> audit.page(new AuditFilter(USERNAME, "sign-in.failed", null, null), 0, 1));
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.targetId()).isEqualTo(String.valueOf(graceId));
            assertThat(String.valueOf(entry.details())).doesNotContain("secret");
        });
    }

    @Test
    void a_sign_in_with_an_unknown_username_is_audited_without_the_name_typed() {
        assertThatThrownBy(() -> signIn.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("maybe-a-password", "x"))).isInstanceOf(
                        BadCredentialsException.class);

        var entries = runAs.user("admin",
                () -> audit.page(new AuditFilter("anonymous", "sign-in.failed", null, null), 0, 1));
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.details()).isEqualTo("unknown username");
            assertThat(entry.toString()).doesNotContain("maybe-a-password");
        });
    }
}
