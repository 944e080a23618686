package org.sourcework.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.sourcework.security.AccountChange;
import org.sourcework.security.SchoolSignInProblem;
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

    @Test
    void a_person_signed_out_because_their_account_was_disabled_reads_the_message_with_its_apostrophe() {
        VaadinSession.getCurrent().getSession().setAttribute(AccountChange.ATTRIBUTE, AccountChange.DISABLED.name());

        navigate(LoginView.class);

        var form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains(
                        "\"title\":\"Your account has been disabled\"",
                        "If you think this is a mistake, ask your school's administrator.");
    }

    @Test
    void after_an_account_change_signing_in_again_starts_from_the_home_page_not_the_old_roles_page() {
        var session = VaadinSession.getCurrent().getSession();
        session.setAttribute(AccountChange.ATTRIBUTE, AccountChange.CHANGED.name());
        session.setAttribute(LoginView.SAVED_PAGE, "the lesson the student had open");

        navigate(LoginView.class);

        assertThat(session.getAttribute(LoginView.SAVED_PAGE)).isNull();
    }

    @Test
    void a_page_asked_for_before_signing_in_is_kept_when_no_account_changed() {
        var session = VaadinSession.getCurrent().getSession();
        session.setAttribute(LoginView.SAVED_PAGE, "a bookmarked lesson");

        navigate(LoginView.class);

        assertThat(session.getAttribute(LoginView.SAVED_PAGE)).isEqualTo("a bookmarked lesson");
    }

    @Test
    void without_a_school_provider_configured_the_page_offers_only_the_password_form() {
        navigate(LoginView.class);

        assertThat(find(Anchor.class).all()).noneMatch(link -> link.hasClassName("login-school-button"));
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("school account");
    }

    @Test
    void a_school_sign_in_that_matched_no_account_names_the_email_and_who_can_add_them() {
        navigate(LoginView.class);
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(
                        SchoolSignInProblem.ATTRIBUTE,
                        new SchoolSignInProblem("login.school.no-account", "nobody@school.example"));

        UI.getCurrent().navigate("login", QueryParameters.of("school", ""));

        var form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains(
                        "\"title\":\"No Sourcework account for you yet\"",
                        "No Sourcework account uses nobody@school.example."
                                + " Ask your school’s administrator to add you.");
    }

    @Test
    void a_right_password_of_a_role_that_signs_in_with_the_school_points_to_the_school_button() {
        assertThat(errorAfter("passwords-off", ""))
                .contains("\"title\":\"Use your school account\"", "Use the school sign-in button below.")
                .doesNotContain("Incorrect");
    }

    private String errorAfter(String parameter, String value) {
        navigate(LoginView.class);
        UI.getCurrent().navigate("login", QueryParameters.of(parameter, value));

        var form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
