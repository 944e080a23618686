package org.sourcework.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sourcework.audit.AuditFilter;
import org.sourcework.audit.AuditService;
import org.sourcework.security.AppRole;
import org.sourcework.security.SignedInUser;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class UserAdminServiceTest {

    @Autowired
    UserAdminService admin;

    @Autowired
    AuditService audit;

    @Autowired
    RunAs runAs;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    PasswordEncoder encoder;

    private static NewUser newUser(String username, AppRole role) {
        return new NewUser(username, "Test Person", username + "@example.org", role, null, false);
    }

    private long idOf(String username) {
        return ((SignedInUser) accounts.loadUserByUsername(username)).id();
    }

    private CreatedUser create(String username, AppRole role) {
        return runAs.user("admin", () -> admin.create(newUser(username, role)));
    }

    @Test
    void students_and_instructors_are_refused_every_user_administration() {
        var amira = idOf("amira");
        assertThatThrownBy(() -> runAs.user("amira", () -> admin.page(UserFilter.all(), 0, 50)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user("hughes", () -> admin.setEnabled(amira, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user("hughes", () -> admin.resetPassword(amira)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user("amira", () -> audit.count(AuditFilter.all())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymous_caller_is_asked_to_sign_in() {
        assertThatThrownBy(() -> admin.count(UserFilter.all()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> audit.page(AuditFilter.all(), 0, 10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void search_matches_name_username_or_email_and_filters_by_role_and_status() {
        runAs.user("admin", () -> {
            assertThat(admin.page(new UserFilter("haddad", null, null), 0, 50))
                    .extracting(ManagedUser::username)
                    .containsExactly("amira");
            assertThat(admin.count(new UserFilter(null, AppRole.INSTRUCTOR, null)))
                    .isEqualTo(2);
            admin.setEnabled(idOf("ben"), false);
            assertThat(admin.page(new UserFilter(null, null, false), 0, 50))
                    .extracting(ManagedUser::username)
                    .containsExactly("ben");
        });
    }

    @Test
    void created_user_gets_a_temporary_password_that_passes_the_policy_and_must_be_changed() {
        var created = create("newbie", AppRole.STUDENT);

        assertThat(created.temporaryPassword()).isNotBlank().hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH);
        var details = (SignedInUser) accounts.loadUserByUsername("newbie");
        assertThat(details.mustChangePassword()).isTrue();
        assertThat(encoder.matches(created.temporaryPassword(), details.getPassword()))
                .isTrue();
    }

    @Test
    void reset_password_returns_a_new_temporary_password_and_forces_a_change() {
        var id = idOf("amira");
        var password = runAs.user("admin", () -> admin.resetPassword(id));

        var details = (SignedInUser) accounts.loadUserByUsername("amira");
        assertThat(details.mustChangePassword()).isTrue();
        assertThat(encoder.matches(password, details.getPassword())).isTrue();
    }

    @Test
    void administrator_cannot_disable_themselves() {
        var self = idOf("admin");
        assertThatThrownBy(() -> runAs.user("admin", () -> admin.setEnabled(self, false)))
                .isInstanceOf(UserRejectedException.class)
                .hasMessage("You cannot disable your own account. Ask another administrator.");
    }

    @Test
    void administrator_cannot_demote_themselves() {
        var self = runAs.user("admin", () -> admin.get(idOf("admin")));
        assertThatThrownBy(() -> runAs.user(
                        "admin",
                        () -> admin.update(
                                self.id(), self.version(), self.displayName(), self.email(), AppRole.INSTRUCTOR)))
                .isInstanceOf(UserRejectedException.class)
                .hasMessage("You cannot change the role of your own account. Ask another administrator.");
    }

    @Test
    void the_last_enabled_administrator_cannot_be_disabled_or_demoted() {
        create("second", AppRole.ADMIN);
        var first = idOf("admin");
        var second = idOf("second");
        // the second administrator disables the first, so the second is now the last one enabled
        runAs.user("second", () -> admin.setEnabled(first, false));

        assertThatThrownBy(() -> runAs.user("admin", () -> admin.setEnabled(second, false)))
                .isInstanceOf(UserRejectedException.class)
                .hasMessageContaining("they are the last enabled administrator");
        var secondUser = runAs.user("admin", () -> admin.get(second));
        assertThatThrownBy(() -> runAs.user(
                        "admin",
                        () -> admin.update(
                                second, secondUser.version(), "Second", "second@example.org", AppRole.STUDENT)))
                .isInstanceOf(UserRejectedException.class)
                .hasMessageContaining("they are the last enabled administrator");
    }

    @Test
    void edit_refuses_an_email_without_at_sign_and_over_long_names_with_the_field_named() {
        var amira = runAs.user("admin", () -> admin.get(idOf("amira")));

        assertThatThrownBy(() -> runAs.user(
                        "admin",
                        () -> admin.update(amira.id(), amira.version(), "Amira", "amira.example.org", AppRole.STUDENT)))
                .isInstanceOf(UserRejectedException.class)
                .hasMessage("'amira.example.org' is not an email address (it needs an @ and a domain).")
                .extracting(e -> ((UserRejectedException) e).field())
                .hasToString("Optional[email]");
        assertThatThrownBy(() -> runAs.user(
                        "admin",
                        () -> admin.update(
                                amira.id(), amira.version(), "x".repeat(121), amira.email(), AppRole.STUDENT)))
                .hasMessage("Give a display name of 1 to 120 characters.");
        assertThat(runAs.user("admin", () -> admin.get(amira.id()))).isEqualTo(amira);
    }

    @Test
    void create_refuses_a_duplicate_username_and_an_over_long_one() {
        assertThatThrownBy(() -> create("amira", AppRole.STUDENT))
                .isInstanceOf(UserRejectedException.class)
                .hasMessage("The username 'amira' is already taken.");
        assertThatThrownBy(() -> create("a".repeat(65), AppRole.STUDENT))
                .isInstanceOf(UserRejectedException.class)
                .hasMessageContaining("use 2 to 64 lower-case letters");
    }

    @Test
    void an_edit_based_on_an_old_version_is_refused() {
        var amira = runAs.user("admin", () -> admin.get(idOf("amira")));
        runAs.user("admin", () -> admin.update(amira.id(), amira.version(), "Amira H.", amira.email(), amira.role()));

        assertThatThrownBy(() -> runAs.user(
                        "admin",
                        () -> admin.update(amira.id(), amira.version(), "Amira Old", amira.email(), amira.role())))
                .isInstanceOf(UserRejectedException.class)
                .hasMessageStartingWith("Someone else changed this account");
    }

    @Test
    void every_change_records_an_audit_entry_by_the_administrator() {
        var created = create("audited", AppRole.STUDENT);
        var id = created.user().id();
        runAs.user("admin", () -> {
            admin.update(id, created.user().version(), "Audited Person", "audited@example.org", AppRole.INSTRUCTOR);
            admin.setEnabled(id, false);
            admin.setEnabled(id, true);
            admin.resetPassword(id);
            admin.unlock(id);
        });

        var entries = runAs.user("admin", () -> audit.page(new AuditFilter("admin", null, null, null), 0, 6));
        assertThat(entries)
                .extracting(e -> e.action())
                .containsExactly(
                        "user.unlocked",
                        "user.password-reset",
                        "user.enabled",
                        "user.disabled",
                        "user.updated",
                        "user.created");
        assertThat(entries).allSatisfy(entry -> assertThat(entry.targetId()).isEqualTo(String.valueOf(id)));
    }
}
