package org.sourcework.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;
import org.sourcework.security.AccountChange;
import org.sourcework.security.SchoolSignInProblem;
import org.sourcework.security.SchoolSignInProviders;

/**
 * The sign-in page. A failed sign-in never says which of username or password was wrong; after too
 * many it says how long to wait, and a fault of the server is never passed off as a wrong password. A
 * session ended by an administrator's change to the account says why. Each school sign-in provider has
 * its button, and a school sign-in that matched no account says so, naming the email the provider gave.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Where Spring Security's request cache keeps the page to return to after signing in. */
    static final String SAVED_PAGE = "SPRING_SECURITY_SAVED_REQUEST";

    private final LoginForm form = new LoginForm();

    public LoginView(SchoolSignInProviders schools) {
        addClassName("login-view");
        var brand = new H1(getTranslation("app.name"));
        brand.addClassName("login-brand");
        var tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("login-tagline");

        form.setI18n(i18n(null));
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        var card = new Div(brand, tagline, form);
        card.addClassName("login-card");
        if (schools.any()) {
            card.add(schoolButtons(schools));
        }
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        // once: the notice is not shown again after it was seen
        var session = event.getUI().getSession().getSession();
        var ended = AccountChange.named(session.getAttribute(AccountChange.ATTRIBUTE));
        session.removeAttribute(AccountChange.ATTRIBUTE);
        if (ended.isPresent()) {
            // the page the person was on belonged to the account as it was (a student's lesson, say, for
            // someone who is now an instructor): after signing in again they start from their home page
            session.removeAttribute(SAVED_PAGE);
        }
        var school = session.getAttribute(SchoolSignInProblem.ATTRIBUTE);
        session.removeAttribute(SchoolSignInProblem.ATTRIBUTE);
        Problem problem = null;
        if (parameters.containsKey("wait")) {
            problem = new Problem("login.wait", waitText(parameters.get("wait").getFirst()));
        } else if (parameters.containsKey("unavailable")) {
            problem = new Problem("login.unavailable", "");
        } else if (parameters.containsKey("expired")) {
            problem = new Problem("login.expired", "");
        } else if (parameters.containsKey("passwords-off")) {
            problem = new Problem("login.passwords-off", "");
        } else if (parameters.containsKey("school") && school instanceof SchoolSignInProblem said) {
            problem = new Problem(said.messageKey(), said.detail());
        } else if (parameters.containsKey("error")) {
            problem = new Problem("login.error", "");
        } else if (ended.isPresent()) {
            problem = new Problem(ended.get().messageKey(), "");
        }
        form.setI18n(i18n(problem));
        form.setError(problem != null);
    }

    /**
     * One link per school provider, below the form. Links, not buttons: they leave the app for the provider,
     * and router-ignore keeps Vaadin's router from treating them as a page of its own.
     */
    private Div schoolButtons(SchoolSignInProviders schools) {
        var buttons = new Div(new Paragraph(getTranslation("login.school.or")));
        buttons.addClassName("login-school");
        for (var provider : schools.all()) {
            var link = new Anchor(provider.signInPath(), getTranslation("login.school.button", provider.name()));
            link.setRouterIgnore(true);
            link.addClassName("login-school-button");
            buttons.add(link);
        }
        return buttons;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }

    private LoginI18n i18n(@Nullable Problem problem) {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        var key = problem == null ? "login.error" : problem.key();
        var error = new LoginI18n.ErrorMessage();
        error.setTitle(getTranslation(key + ".title"));
        // only a message with a detail is formatted: formatting treats an apostrophe as a quote and drops it,
        // so "ask your school's administrator" came out as "schools"
        var detail = problem == null ? "" : problem.detail();
        error.setMessage(
                detail.isEmpty() ? getTranslation(key + ".message") : getTranslation(key + ".message", detail));
        i18n.setErrorMessage(error);
        return i18n;
    }

    /** "15 seconds" or "2 minutes", from the seconds the server asks to wait. */
    private String waitText(String seconds) {
        long wait;
        try {
            wait = Math.max(1, Long.parseLong(seconds));
        } catch (NumberFormatException e) {
            wait = 1;
        }
        return wait < 60
                ? getTranslation("login.wait.seconds", wait)
                : getTranslation("login.wait.minutes", (wait + 59) / 60);
    }

    private record Problem(String key, String detail) {}
}
