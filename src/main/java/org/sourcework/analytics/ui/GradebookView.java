package org.sourcework.analytics.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.sourcework.analytics.GradebookExportService;
import org.sourcework.analytics.GradebookService;
import org.sourcework.analytics.ReviewExportService;
import org.sourcework.base.ui.EmptyState;
import org.sourcework.base.ui.ReviewNav;
import org.sourcework.base.ui.ReviewNav.Screen;
import org.sourcework.base.ui.RouteIds;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.responses.AssignmentNotFoundException;
import org.sourcework.responses.ClassWorkService;
import org.sourcework.review.ScoreReturn;
import org.sourcework.roster.AssignmentInfo;
import org.sourcework.security.AppRoles;
import org.springframework.security.access.AccessDeniedException;

/**
 * The gradebook of an assigned lesson: every student's points on the lesson, its sections and its
 * skills, sortable by any column, with a CSV of one row per student beside the long export of one row
 * per answer.
 */
@Route("review/:assignmentId/gradebook")
@RolesAllowed(AppRoles.INSTRUCTOR)
public class GradebookView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String SECTIONS = "sections";
    static final String SKILLS = "skills";
    static final String PLATFORM = "platform";

    private final GradebookService gradebook;
    private final GradebookExportService gradebookExport;
    private final ReviewExportService export;
    private final ClassWorkService classWork;
    private final LessonCatalogService lessons;
    private final ScoreReturn scoreReturn;
    private String title = "";

    public GradebookView(
            GradebookService gradebook,
            GradebookExportService gradebookExport,
            ReviewExportService export,
            ClassWorkService classWork,
            LessonCatalogService lessons,
            ScoreReturn scoreReturn) {
        this.gradebook = gradebook;
        this.gradebookExport = gradebookExport;
        this.export = export;
        this.classWork = classWork;
        this.lessons = lessons;
        this.scoreReturn = scoreReturn;
        addClassNames("page", "analytics-page", "gradebook-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var assignment = RouteIds.number(event, "assignmentId").flatMap(this::assignment);
        if (assignment.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(assignment.get());
    }

    private Optional<AssignmentInfo> assignment(long assignmentId) {
        try {
            return Optional.of(classWork.assignment(assignmentId));
        } catch (AccessDeniedException | AssignmentNotFoundException e) {
            // the same answer for "not yours" and "not there", so ids cannot be probed
            return Optional.empty();
        }
    }

    private void render(AssignmentInfo assignment) {
        removeAll();
        var content = lessons.assignedContent(assignment);
        title = getTranslation("gradebook.page-title", content.title());
        var eyebrow = new Paragraph(getTranslation("gradebook.eyebrow", assignment.className()));
        eyebrow.addClassName("analytics-eyebrow");
        var heading = new Div(eyebrow, new H1(content.title()));
        heading.addClassName("analytics-heading");
        var id = assignment.id();
        var exports = new Div(
                new DownloadLink(
                        "export-gradebook",
                        "gradebook.export",
                        gradebookExport.fileName(id),
                        (locale, out) -> gradebookExport.exportCsv(id, locale, out)),
                new ExportButton(export, id));
        exports.addClassName("gradebook-exports");
        var top = new Div(heading, exports);
        top.addClassName("analytics-top");
        add(top, new ReviewNav(id, Screen.GRADEBOOK));
        var students = gradebook.count(id);
        if (students == 0) {
            add(new EmptyState(
                    getTranslation("overview.empty.title", assignment.className()),
                    getTranslation("gradebook.empty.text")));
            return;
        }
        var grid = new GradebookGrid(gradebook, id, content, gradebook.parts(id), students);
        var platform = PlatformScoreColumn.addWhereScoresGoBack(grid, scoreReturn, id);
        var columns = new RadioButtonGroup<String>(getTranslation("gradebook.columns"));
        columns.setId("gradebook-columns");
        // the platform's column is a set of its own: beside every section it would not fit a laptop screen
        columns.setItems(platform.isPresent() ? List.of(SECTIONS, SKILLS, PLATFORM) : List.of(SECTIONS, SKILLS));
        columns.setItemLabelGenerator(value -> getTranslation("gradebook.columns." + value));
        columns.setValue(SECTIONS);
        var note = new Paragraph(getTranslation("gradebook.note"));
        columns.addValueChangeListener(event -> {
            grid.showSections(SECTIONS.equals(event.getValue()), SKILLS.equals(event.getValue()));
            platform.ifPresent(column -> column.setVisible(PLATFORM.equals(event.getValue())));
            note.setText(
                    getTranslation(PLATFORM.equals(event.getValue()) ? "gradebook.note.platform" : "gradebook.note"));
        });
        note.addClassName("analytics-note");
        add(columns, note, grid);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
