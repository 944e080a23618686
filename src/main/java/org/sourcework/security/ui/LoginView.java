package org.sourcework.security.ui;

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
import org.sourcework.security.AccountChange;

/** The sign-in page. A failed sign-in never says which of username or password was wrong. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        var brand = new H1(getTranslation("app.name"));
        brand.addClassName("login-brand");
        var tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("login-tagline");

        form.setI18n(i18n("login.error"));
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        var card = new Div(brand, tagline, form);
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        // a session ended by an administrator's change says why, rather than showing a bare form
        var ended = AccountChange.takeFrom(event.getUI().getSession().getSession());
        String message = null;
        if (parameters.containsKey("locked")) {
            message = "login.locked";
        } else if (parameters.containsKey("error")) {
            message = "login.error";
        } else if (ended.isPresent()) {
            message = ended.get().messageKey();
        }
        form.setI18n(i18n(message == null ? "login.error" : message));
        form.setError(message != null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }

    /** {@code message}: translation key prefix of the error shown, e.g. {@code login.locked}. */
    private LoginI18n i18n(String message) {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        var error = new LoginI18n.ErrorMessage();
        error.setTitle(getTranslation(message + ".title"));
        error.setMessage(getTranslation(message + ".message"));
        i18n.setErrorMessage(error);
        return i18n;
    }
}
