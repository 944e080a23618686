package org.sourcework.users.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcework.base.ui.MessageText;
import org.sourcework.security.CurrentUser;
import org.sourcework.users.PasswordPolicy;
import org.sourcework.users.UserRejectedException;
import org.sourcework.users.UserService;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/** Where a person replaces a temporary password (they are sent here first) or changes their own. */
@Route(value = "change-password", autoLayout = false)
@PermitAll
public class ChangePasswordView extends Main implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ChangePasswordView.class);

    private final PasswordField current = new PasswordField();
    private final PasswordField fresh = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    public ChangePasswordView(UserService users, CurrentUser currentUser) {
        addClassName("login-view");
        if (users.signsInOnlyWithSchool()) {
            // nothing to change and nothing to be sent back to: this person's school signs them in
            var card = new Div(
                    new H1(getTranslation("change-password.title")),
                    new Paragraph(getTranslation("change-password.school-only")),
                    new Button(
                            getTranslation("change-password.cancel"),
                            event -> UI.getCurrent().navigate("")));
            card.addClassName("login-card");
            add(card);
            return;
        }
        var forced = currentUser.get().map(user -> user.mustChangePassword()).orElse(false);
        current.setLabel(getTranslation("change-password.current"));
        fresh.setLabel(getTranslation("change-password.new"));
        fresh.setHelperText(getTranslation("change-password.hint", PasswordPolicy.MIN_LENGTH));
        repeat.setLabel(getTranslation("change-password.repeat"));
        for (var field : new PasswordField[] {current, fresh, repeat}) {
            field.setWidthFull();
            field.setRequired(true);
            field.setMaxLength(PasswordPolicy.MAX_LENGTH);
        }
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        fresh.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        // stable ids for the load benchmark (perf/), which replays a first sign-in
        current.setId("current-password");
        fresh.setId("new-password");
        repeat.setId("repeat-password");

        var save = new Button(getTranslation("change-password.save"), event -> save(users));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("change-password-save");
        save.addClickShortcut(Key.ENTER);
        var buttons = new HorizontalLayout(save);
        if (!forced) {
            buttons.add(new Button(
                    getTranslation("change-password.cancel"),
                    event -> UI.getCurrent().navigate("")));
        }
        var card = new Div(
                new H1(getTranslation("change-password.title")),
                new Paragraph(getTranslation(forced ? "change-password.intro" : "change-password.intro-voluntary")),
                current,
                fresh,
                repeat,
                buttons);
        card.addClassName("login-card");
        add(card);
    }

    private void save(UserService users) {
        for (var field : new PasswordField[] {current, fresh, repeat}) {
            field.setInvalid(false);
        }
        if (!fresh.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("change-password.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        try {
            users.changeOwnPassword(current.getValue(), fresh.getValue());
        } catch (UserRejectedException rejected) {
            var field = rejected.field()
                            .filter(UserService.CURRENT_PASSWORD::equals)
                            .isPresent()
                    ? current
                    : fresh;
            field.setErrorMessage(MessageText.of(this, rejected));
            field.setInvalid(true);
            return;
        } catch (DataAccessException | TransactionException fault) {
            // the database could not be reached in time (a full pool, most often): that says nothing
            // about the password, so never show it as a wrong one
            log.warn("Password change not finished: {}", fault.toString());
            Notification.show(getTranslation("change-password.busy"), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            return;
        }
        Notification.show(getTranslation("change-password.done"), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        UI.getCurrent().navigate("");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("change-password.page-title");
    }
}
