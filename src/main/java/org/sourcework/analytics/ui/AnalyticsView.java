package org.sourcework.analytics.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.sourcework.analytics.AnalyticsService;
import org.sourcework.analytics.ReviewExportService;
import org.sourcework.base.ui.ReviewNav;
import org.sourcework.base.ui.ReviewNav.Screen;
import org.sourcework.base.ui.RouteIds;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.lessons.LessonContent;
import org.sourcework.responses.AssignmentNotFoundException;
import org.sourcework.responses.ClassWorkService;
import org.sourcework.roster.AssignmentInfo;
import org.sourcework.security.AppRoles;
import org.springframework.security.access.AccessDeniedException;

/**
 * Analytics for one assignment: the class's and each student's share of points per
 * historical-thinking skill, and per question how the class answered. The figures are drawn and
 * also written out, so they read at a glance and by screen reader alike.
 */
@Route("review/:assignmentId/analytics")
@RolesAllowed(AppRoles.INSTRUCTOR)
public class AnalyticsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AnalyticsService analytics;
    private final ReviewExportService export;
    private final ClassWorkService classWork;
    private final LessonCatalogService lessons;
    private String title = "";

    public AnalyticsView(
            AnalyticsService analytics,
            ReviewExportService export,
            ClassWorkService classWork,
            LessonCatalogService lessons) {
        this.analytics = analytics;
        this.export = export;
        this.classWork = classWork;
        this.lessons = lessons;
        addClassNames("page", "analytics-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var assignment = RouteIds.number(event, "assignmentId").flatMap(this::assignment);
        if (assignment.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(assignment.get(), lessons.assignedContent(assignment.get()));
    }

    private Optional<AssignmentInfo> assignment(long assignmentId) {
        try {
            return Optional.of(classWork.assignment(assignmentId));
        } catch (AccessDeniedException | AssignmentNotFoundException e) {
            // the same answer for "not yours" and "not there", so ids cannot be probed
            return Optional.empty();
        }
    }

    private void render(AssignmentInfo assignment, LessonContent content) {
        removeAll();
        title = getTranslation("analytics.page-title", content.title());
        var eyebrow = new Paragraph(getTranslation("analytics.eyebrow", assignment.className()));
        eyebrow.addClassName("analytics-eyebrow");
        var heading = new Div(eyebrow, new H1(content.title()));
        heading.addClassName("analytics-heading");
        var top = new Div(heading, new ExportButton(export, assignment.id()));
        top.addClassName("analytics-top");
        add(top, new ReviewNav(assignment.id(), Screen.ANALYTICS));
        var students = analytics.studentCount(assignment.id());
        add(
                new SkillsSection(analytics, assignment.id(), students),
                new QuestionSection(analytics, assignment.id(), content, students));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
