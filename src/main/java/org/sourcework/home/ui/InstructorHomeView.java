package org.sourcework.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sourcework.base.ui.EmptyState;
import org.sourcework.roster.RosterService;
import org.sourcework.roster.TaughtClass;
import org.sourcework.security.AppRoles;

/** An instructor's classes with how many students each has. */
@Route("my-classes")
@Menu(order = 2, title = "nav.my-classes", icon = "vaadin:academy-cap")
@RolesAllowed(AppRoles.INSTRUCTOR)
public class InstructorHomeView extends Main implements HasDynamicTitle {

    public InstructorHomeView(RosterService roster) {
        addClassName("page");
        add(new H1(getTranslation("instructor-home.title")));
        var classes = roster.classesITeach();
        if (classes.isEmpty()) {
            add(new EmptyState(getTranslation("instructor-home.empty.title"),
                    getTranslation("instructor-home.empty.text")));
            return;
        }
        var list = new Div();
        list.addClassName("card-list");
        list.getElement().setAttribute("role", "list");
        classes.forEach(taught -> list.add(card(taught)));
        add(list);
    }

    private Div card(TaughtClass taught) {
        var card = new Div();
        card.addClassName("card");
        card.getElement().setAttribute("role", "listitem");
        var counts = new Paragraph(getTranslation("instructor-home.students", taught.studentCount()) + " · "
                + getTranslation("instructor-home.lessons", taught.assignmentCount()));
        counts.addClassName("card-meta");
        card.add(new H2(taught.name()), new Paragraph(getTranslation("instructor-home.term", taught.term())), counts);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("instructor-home.page-title");
    }
}
