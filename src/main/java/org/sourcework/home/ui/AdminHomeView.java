package org.sourcework.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.lessons.ui.LessonsAdminView;
import org.sourcework.roster.RosterQueries;
import org.sourcework.security.AppRoles;
import org.sourcework.users.UserService;

/** An administrator's overview: how many accounts, classes and lessons there are. */
@Route("admin")
@Menu(order = 3, title = "nav.admin", icon = "vaadin:dashboard")
@RolesAllowed(AppRoles.ADMIN)
public class AdminHomeView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final UserService users;
    private final RosterQueries roster;
    private final LessonCatalogService lessons;

    public AdminHomeView(UserService users, RosterQueries roster, LessonCatalogService lessons) {
        this.users = users;
        this.roster = roster;
        this.lessons = lessons;
        addClassName("page");
    }

    /** Counted afresh on every visit: the router keeps this view when the menu leads back to it. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("admin-home.title")));
        var stats = new Div(
                stat("admin-home.users", users.countUsers()),
                stat("admin-home.classes", roster.countActiveClasses()),
                stat("admin-home.lessons", lessons.lessonCount()));
        stats.addClassName("stat-row");
        add(stats);
        var problems = lessons.problems().size();
        var status = new Paragraph(getTranslation("admin-home.lesson-problems", problems) + " ");
        status.add(new RouterLink(getTranslation("admin-home.see-lessons"), LessonsAdminView.class));
        status.addClassName(problems == 0 ? "status-ok" : "status-warning");
        add(status);
    }

    private Div stat(String labelKey, long value) {
        var number = new Span(String.valueOf(value));
        number.addClassName("stat-value");
        var label = new Span(getTranslation(labelKey));
        label.addClassName("stat-label");
        var stat = new Div(number, label);
        stat.addClassName("stat");
        return stat;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin-home.page-title");
    }
}
