package org.sourcework.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.sourcework.security.CurrentUser;

/** The address everyone lands on after signing in; sends each role to its own home view. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    public HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var role = currentUser.require().role();
        switch (role) {
            case STUDENT -> event.forwardTo(StudentHomeView.class);
            case INSTRUCTOR -> event.forwardTo(InstructorHomeView.class);
            case ADMIN -> event.forwardTo(AdminHomeView.class);
        }
    }
}
