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
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n"))).contains("\"title\":\"Incorrect username or password\"");
    }

    @Test
    void a_locked_account_is_told_why_and_what_to_do() {
        navigate(LoginView.class);
        UI.getCurrent().navigate("login", QueryParameters.of("locked", ""));

        var form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n"))).contains(
                "This account is locked after too many failed sign-ins. Try again in 15 minutes or ask an administrator to unlock it.");
    }
}
