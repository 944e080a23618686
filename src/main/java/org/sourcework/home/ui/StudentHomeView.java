package org.sourcework.home.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.sourcework.base.ui.EmptyState;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.roster.RosterService;
import org.sourcework.roster.StudentAssignment;
import org.sourcework.security.AppRoles;

/** A student's lessons: every lesson assigned to one of their classes. */
@Route("my-lessons")
@Menu(order = 1, title = "nav.my-lessons", icon = "vaadin:book")
@RolesAllowed(AppRoles.STUDENT)
public class StudentHomeView extends Main implements HasDynamicTitle {

    private final Clock clock;

    public StudentHomeView(RosterService roster, LessonCatalogService lessons, Clock clock) {
        this.clock = clock;
        addClassName("page");
        add(new H1(getTranslation("student-home.title")));
        var assignments = roster.myAssignments();
        if (assignments.isEmpty()) {
            add(new EmptyState(getTranslation("student-home.empty.title"), getTranslation("student-home.empty.text")));
            return;
        }
        var titles = lessons.titles(assignments.stream().map(StudentAssignment::lessonId).distinct().toList());
        var list = new Div();
        list.addClassName("card-list");
        list.getElement().setAttribute("role", "list");
        assignments.forEach(assignment -> list.add(card(assignment, titles.getOrDefault(assignment.lessonId(), ""))));
        add(list);
    }

    private Div card(StudentAssignment assignment, String title) {
        var card = new Div();
        card.addClassName("card");
        card.getElement().setAttribute("role", "listitem");
        card.add(new H2(title), new Paragraph(getTranslation("student-home.class", assignment.className())));
        var due = new Paragraph();
        due.addClassName("card-meta");
        if (assignment.dueAt() == null) {
            due.setText(getTranslation("student-home.no-due"));
        } else {
            var formatter = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(getLocale()).withZone(ZoneId.systemDefault());
            due.setText(getTranslation("student-home.due", formatter.format(assignment.dueAt())));
            if (assignment.dueAt().isBefore(clock.instant())) {
                var late = new Span(getTranslation("student-home.late"));
                late.getElement().getThemeList().add("badge error");
                due.add(new Text(" "), late);
            }
        }
        card.add(due);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("student-home.page-title");
    }
}
