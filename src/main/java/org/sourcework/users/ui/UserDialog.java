package org.sourcework.users.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.ui.MessageText;
import org.sourcework.security.AppRole;
import org.sourcework.users.ManagedUser;
import org.sourcework.users.NewUser;
import org.sourcework.users.UserAdminService;
import org.sourcework.users.UserRejectedException;

/**
 * Creates an account (with a temporary password chosen by Sourcework) or edits one. The service's
 * checks are the real ones; its messages appear on the field they concern.
 */
class UserDialog extends Dialog {

    private final UserAdminService users;
    private final @Nullable ManagedUser existing;
    private final Runnable onChange;
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final Select<AppRole> role = new Select<>();
    private final Paragraph problem = new Paragraph();
    private final Binder<UserForm> binder = new Binder<>();

    UserDialog(UserAdminService users, @Nullable ManagedUser existing, Runnable onChange) {
        this.users = users;
        this.existing = existing;
        this.onChange = onChange;
        setHeaderTitle(
                existing == null
                        ? getTranslation("users.dialog.new")
                        : getTranslation("users.dialog.edit", existing.username()));
        username.setLabel(getTranslation("users.col.username"));
        displayName.setLabel(getTranslation("users.col.name"));
        email.setLabel(getTranslation("users.col.email"));
        role.setLabel(getTranslation("users.col.role"));
        role.setItems(AppRole.values());
        role.setItemLabelGenerator(value -> getTranslation("role." + value.name()));
        binder.forField(username)
                .asRequired(getTranslation("users.required"))
                .withValidator(new StringLengthValidator(getTranslation("users.username.length"), 2, 64))
                .bind(UserForm::getUsername, UserForm::setUsername);
        binder.forField(displayName)
                .asRequired(getTranslation("users.required"))
                .withValidator(new StringLengthValidator(getTranslation("users.name.length"), 1, 120))
                .bind(UserForm::getDisplayName, UserForm::setDisplayName);
        binder.forField(email)
                .asRequired(getTranslation("users.required"))
                .withValidator(new EmailValidator(getTranslation("users.email.invalid")))
                .bind(UserForm::getEmail, UserForm::setEmail);
        binder.forField(role).asRequired(getTranslation("users.required")).bind(UserForm::getRole, UserForm::setRole);
        var form = new UserForm();
        if (existing != null) {
            form.setUsername(existing.username());
            form.setDisplayName(existing.displayName());
            form.setEmail(existing.email());
            form.setRole(existing.role());
            username.setReadOnly(true);
        }
        binder.readBean(form);
        problem.addClassName("form-problem");
        problem.setVisible(false);
        add(new FormLayout(username, displayName, email, role), problem);
        if (existing == null) {
            add(new Paragraph(getTranslation("users.dialog.temporary-hint")));
        }
        var save = new Button(getTranslation("users.dialog.save"), event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("users.dialog.cancel"), event -> close()), save);
        if (existing != null) {
            getFooter().addComponentAsFirst(new UserActions(users, existing, this::actionDone, this::showProblem));
        }
        setWidth("min(40rem, 95vw)");
    }

    private void save() {
        problem.setVisible(false);
        var form = new UserForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            if (existing == null) {
                var created = users.create(new NewUser(
                        form.getUsername(), form.getDisplayName(), form.getEmail(), form.getRole(), null, true));
                close();
                if (created.temporaryPassword() != null) {
                    new TemporaryPasswordDialog(created.user().username(), created.temporaryPassword()).open();
                }
            } else {
                users.update(existing.id(), existing.version(), form.getDisplayName(), form.getEmail(), form.getRole());
                close();
            }
            onChange.run();
        } catch (UserRejectedException rejected) {
            showProblem(rejected);
        }
    }

    private void actionDone() {
        close();
        onChange.run();
    }

    private void showProblem(UserRejectedException rejected) {
        Map<String, HasValidation> fields =
                Map.of("username", username, "displayName", displayName, "email", email, "role", role);
        var field = rejected.field().map(fields::get);
        if (field.isPresent()) {
            field.get().setErrorMessage(MessageText.of(this, rejected));
            field.get().setInvalid(true);
        } else {
            problem.setText(MessageText.of(this, rejected));
            problem.setVisible(true);
        }
    }
}
