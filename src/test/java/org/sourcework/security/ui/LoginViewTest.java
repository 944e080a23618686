package org.sourcework.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.sourcework.support.IntegrationTest;
import org.springframework.security.test.context.support.WithAnonymousUser;

@IntegrationTest
@WithAnonymousUser
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void sign_in_page_is_branded_and_shows_no_error_at_first() {
        navigate(LoginView.class);

        var form = find(LoginForm.class).single();
        assertThat(form.isError()).isFalse();
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Sourcework");
    }

    @Test
    void failed_sign_in_says_only_incorrect_username_or_password() {
        navigate(LoginView.class);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        var form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains("\"title\":\"Incorrect username or password\"");
    }

    @Test
    void after_too_many_failures_the_page_says_how_long_to_wait() {
        assertThat(errorAfter("wait", "15"))
                .contains("\"title\":\"Too many failed sign-ins\"", "Wait 15 seconds, then try again.");
        assertThat(errorAfter("wait", "240")).contains("Wait 4 minutes, then try again.");
    }

    @Test
    void a_server_fault_says_the_server_has_a_problem_and_not_that_the_password_was_wrong() {
        assertThat(errorAfter("unavailable", ""))
                .contains(
                        "\"title\":\"Sign-in is not working right now\"",
                        "The server has a problem; your password was not checked. Wait a moment, then try again.")
                .doesNotContain("Incorrect");
    }

    @Test
    void a_sign_in_page_that_had_expired_asks_to_sign_in_again() {
        assertThat(errorAfter("expired", "")).contains("\"title\":\"Please sign in again\"");
    }

    private String errorAfter(String parameter, String value) {
        navigate(LoginView.class);
        UI.getCurrent().navigate("login", QueryParameters.of(parameter, value));

        var form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
