package org.sourcework.users.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.sourcework.home.ui.StudentHomeView;
import org.sourcework.security.AppRole;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.sourcework.users.NewUser;
import org.sourcework.users.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;

@IntegrationTest
// these tests create accounts outside a transaction; a fresh context keeps other tests' counts exact
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ChangePasswordViewTest extends SpringBrowserlessTest {

    @Autowired
    UserService users;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    RunAs runAs;

    @Autowired
    SecurityContextHolderStrategy holder;

    private void signInAsNewStudent(String username) {
        runAs.user(
                "admin",
                () -> users.create(new NewUser(
                        username,
                        "New Student",
                        username + "@example.org",
                        AppRole.STUDENT,
                        "temporary passphrase 9",
                        true)));
        var principal = accounts.loadUserByUsername(username);
        holder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    @Test
    void user_with_a_temporary_password_is_sent_to_change_it_before_anything_else() {
        signInAsNewStudent("gated1");

        UI.getCurrent().navigate("my-lessons");

        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
    }

    @Test
    void after_changing_the_password_the_student_reaches_her_home() {
        signInAsNewStudent("gated2");
        UI.getCurrent().navigate("my-lessons");
        var fields = find(PasswordField.class).all();

        test(fields.get(0)).setValue("temporary passphrase 9");
        test(fields.get(1)).setValue("a sentence of my own");
        test(fields.get(2)).setValue("a sentence of my own");
        test(find(Button.class).withText("Change password").single()).click();

        assertThat(getCurrentView()).isInstanceOf(StudentHomeView.class);
        UI.getCurrent().navigate("my-lessons");
        assertThat(getCurrentView()).isInstanceOf(StudentHomeView.class);
    }

    @Test
    void a_common_password_is_refused_beside_the_field() {
        signInAsNewStudent("gated3");
        UI.getCurrent().navigate("change-password");
        var fields = find(PasswordField.class).all();

        test(fields.get(0)).setValue("temporary passphrase 9");
        test(fields.get(1)).setValue("password1234");
        test(fields.get(2)).setValue("password1234");
        test(find(Button.class).withText("Change password").single()).click();

        assertThat(fields.get(1).isInvalid()).isTrue();
        assertThat(fields.get(1).getErrorMessage())
                .isEqualTo("This password is too common and easy to guess. Choose another.");
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
    }
}
