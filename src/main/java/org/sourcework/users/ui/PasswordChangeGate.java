package org.sourcework.users.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.sourcework.security.CurrentUser;
import org.sourcework.security.SignedInUser;
import org.springframework.stereotype.Component;

/** Sends a person whose password must be changed to the change-password view before anything else. */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    PasswordChangeGate(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        var mustChange = currentUser.get().map(SignedInUser::mustChangePassword).orElse(false);
        if (mustChange
                && event.getNavigationTarget() != ChangePasswordView.class
                && !"login".equals(event.getLocation().getFirstSegment())) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
