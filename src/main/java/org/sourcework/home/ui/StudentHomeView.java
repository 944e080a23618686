package org.sourcework.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.sourcework.base.ui.EmptyState;
import org.sourcework.base.ui.ReaderFormat;
import org.sourcework.feedback.StudentFeedbackService;
import org.sourcework.responses.ResponseService;
import org.sourcework.security.AppRoles;

/**
 * A student's lessons: every lesson assigned to one of their classes, with progress and where to go
 * on. Lessons with new feedback come first, so feedback is read rather than missed.
 */
@Route("my-lessons")
@Menu(order = 1, title = "nav.my-lessons", icon = "vaadin:book")
@RolesAllowed(AppRoles.STUDENT)
public class StudentHomeView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final ResponseService responses;
    private final StudentFeedbackService feedback;
    private final Clock clock;

    public StudentHomeView(ResponseService responses, StudentFeedbackService feedback, Clock clock) {
        this.responses = responses;
        this.feedback = feedback;
        this.clock = clock;
        addClassName("page");
    }

    /** Read afresh on every visit: the router keeps this view when the menu leads back to it. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("student-home.title")));
        var lessons = responses.myLessons();
        if (lessons.isEmpty()) {
            add(new EmptyState(getTranslation("student-home.empty.title"), getTranslation("student-home.empty.text")));
            return;
        }
        var format = new ReaderFormat(this, clock);
        var list = new Div();
        list.addClassName("card-list");
        list.addClassName("lesson-cards");
        list.getElement().setAttribute("role", "list");
        HomeLesson.ordered(lessons, feedback.mySummaries()).forEach(lesson -> list.add(new LessonCard(lesson, format)));
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("student-home.page-title");
    }
}
