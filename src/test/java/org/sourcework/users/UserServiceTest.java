package org.sourcework.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sourcework.security.AppRole;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class UserServiceTest {

    @Autowired
    UserService users;

    @Autowired
    RunAs runAs;

    @Autowired
    UserDetailsService accounts;

    private static NewUser student(String username, String email, String password) {
        return new NewUser(username, "Test Student", email, AppRole.STUDENT, password, true);
    }

    @Test
    void anonymous_caller_cannot_count_users() {
        assertThatThrownBy(() -> users.countUsers()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void student_and_instructor_cannot_count_or_create_users() {
        assertThatThrownBy(() -> runAs.user("amira", () -> users.countUsers()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user(
                        "hughes", () -> users.create(student("sneaky", "s@example.org", "a long enough passphrase"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void administrator_counts_the_demo_school() {
        assertThat(runAs.user("admin", () -> users.countUsers())).isEqualTo(11);
    }

    @Test
    void created_password_is_stored_as_a_bcrypt_hash() {
        runAs.user("admin", () -> users.create(student("newstudent", "new@example.org", "river stones at dawn")));

        var details = accounts.loadUserByUsername("newstudent");
        assertThat(details.getPassword()).startsWith("{bcrypt}$2").doesNotContain("river");
    }

    @Test
    void duplicate_username_is_refused_with_its_name() {
        assertThatThrownBy(() -> runAs.user(
                        "admin", () -> users.create(student("Amira", "other@example.org", "river stones at dawn"))))
                .isInstanceOf(UserRejectedException.class)
                .hasMessage("The username 'amira' is already taken.");
    }

    @Test
    void email_without_at_sign_is_refused() {
        assertThatThrownBy(() -> runAs.user(
                        "admin", () -> users.create(student("noemail", "not-an-address", "river stones at dawn"))))
                .isInstanceOf(UserRejectedException.class)
                .hasMessageContaining("'not-an-address' is not an email address");
    }

    @Test
    void short_and_common_passwords_are_refused() {
        assertThatThrownBy(
                        () -> runAs.user("admin", () -> users.create(student("shorty", "s@example.org", "abc12345"))))
                .hasMessageStartingWith("Use at least 12 characters");
        assertThatThrownBy(() ->
                        runAs.user("admin", () -> users.create(student("common", "c@example.org", "password1234"))))
                .hasMessage("This password is too common and easy to guess. Choose another.");
    }

    @Test
    void changing_own_password_needs_the_current_one() {
        assertThatThrownBy(() -> runAs.user("ben", () -> users.changeOwnPassword("wrong", "a brand new passphrase")))
                .isInstanceOf(UserRejectedException.class)
                .hasMessage("Your current password is not correct.");
    }

    @Test
    void temporary_password_is_replaced_and_the_flag_cleared() {
        runAs.user("admin", () -> users.create(student("firsttimer", "f@example.org", "temporary passphrase 1")));
        assertThat(((org.sourcework.security.SignedInUser) accounts.loadUserByUsername("firsttimer"))
                        .mustChangePassword())
                .isTrue();

        runAs.user("firsttimer", () -> users.changeOwnPassword("temporary passphrase 1", "my own passphrase here"));

        var after = (org.sourcework.security.SignedInUser) accounts.loadUserByUsername("firsttimer");
        assertThat(after.mustChangePassword()).isFalse();
    }
}
