package org.sourcework.users.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Consumer;
import org.sourcework.users.ManagedUser;
import org.sourcework.users.UserAdminService;
import org.sourcework.users.UserRejectedException;

/** Enable or disable, reset the password, unlock: the actions on an existing account. */
class UserActions extends HorizontalLayout {

    UserActions(UserAdminService users, ManagedUser user, Runnable done, Consumer<UserRejectedException> refused) {
        setSpacing(true);
        var toggle = new Button(
                getTranslation(user.enabled() ? "users.action.disable" : "users.action.enable"),
                event -> run(() -> users.setEnabled(user.id(), !user.enabled()), done, refused));
        if (user.enabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        var reset = new Button(
                getTranslation("users.action.reset-password"),
                event -> run(
                        () -> {
                            var password = users.resetPassword(user.id());
                            new TemporaryPasswordDialog(user.username(), password).open();
                        },
                        done,
                        refused));
        add(toggle, reset);
        if (user.locked()) {
            add(new Button(
                    getTranslation("users.action.unlock"), event -> run(() -> users.unlock(user.id()), done, refused)));
        }
    }

    private static void run(Runnable action, Runnable done, Consumer<UserRejectedException> refused) {
        try {
            action.run();
            done.run();
        } catch (UserRejectedException rejected) {
            refused.accept(rejected);
        }
    }
}
