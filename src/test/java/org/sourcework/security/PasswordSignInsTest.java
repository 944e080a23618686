package org.sourcework.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

class PasswordSignInsTest {

    private static SchoolSignInProviders noProviders() {
        return new SchoolSignInProviders(
                new StaticListableBeanFactory().getBeanProvider(ClientRegistrationRepository.class), Set.of());
    }

    @Test
    void only_the_roles_named_lose_their_passwords() {
        var passwords = new PasswordSignIns(Set.of(AppRole.STUDENT), noProviders());

        assertThat(passwords.allowedFor(AppRole.STUDENT)).isFalse();
        assertThat(passwords.allowedFor(AppRole.INSTRUCTOR)).isTrue();
        assertThat(passwords.allowedFor(AppRole.ADMIN)).isTrue();
    }

    @Test
    void administrators_keep_their_passwords_so_a_broken_school_sign_in_locks_nobody_out() {
        assertThatThrownBy(() -> new PasswordSignIns(Set.of(AppRole.STUDENT, AppRole.ADMIN), noProviders()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("must not name ADMIN");
    }

    @Test
    void by_default_every_role_signs_in_with_a_password() {
        var passwords = new PasswordSignIns(Set.of(), noProviders());

        assertThat(AppRole.values()).allMatch(passwords::allowedFor);
    }
}
