package org.sourcework.lessons.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.sourcework.base.ui.DateTimes;
import org.sourcework.base.ui.MessageText;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.lessons.LessonSummary;
import org.sourcework.security.AppRoles;

/** The lessons found in the lessons folder, their versions, the problems in their files, and reload. */
@Route("admin/lessons")
@Menu(order = 4, title = "nav.lessons", icon = "vaadin:open-book")
@RolesAllowed(AppRoles.ADMIN)
public class LessonsAdminView extends Main implements HasDynamicTitle {

    private final LessonCatalogService lessons;
    private final Grid<LessonSummary> grid = new Grid<>();
    private final Div problems = new Div();

    public LessonsAdminView(LessonCatalogService lessons) {
        this.lessons = lessons;
        addClassName("page");
        var reload = new Button(getTranslation("lessons-admin.reload"), VaadinIcon.REFRESH.create(), event -> reload());
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H1(getTranslation("lessons-admin.title")),
                new Paragraph(getTranslation("lessons-admin.intro")),
                reload);

        var dates = DateTimes.forBrowser(Clock.systemDefaultZone());
        grid.addColumn(LessonSummary::title)
                .setHeader(getTranslation("lessons-admin.col.title"))
                .setFlexGrow(3);
        grid.addColumn(LessonSummary::slug).setHeader(getTranslation("lessons-admin.col.slug"));
        grid.addColumn(LessonSummary::currentVersion).setHeader(getTranslation("lessons-admin.col.version"));
        grid.addColumn(LessonSummary::versionCount).setHeader(getTranslation("lessons-admin.col.versions"));
        grid.addColumn(summary -> dates.dateTime(summary.loadedAt()))
                .setHeader(getTranslation("lessons-admin.col.loaded"));
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("lessons-admin.empty"));
        grid.addClassName("lessons-grid");
        add(grid, problems);
        refresh();
    }

    private void reload() {
        var result = lessons.reload();
        refresh();
        var notification = Notification.show(
                getTranslation("lessons-admin.reloaded", result.loaded(), result.newVersions(), result.problems()),
                5000,
                Notification.Position.TOP_CENTER);
        notification.addThemeVariants(
                result.problems() == 0 ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
    }

    private void refresh() {
        // the number of lessons is the number of folders in lessons/: small, so no paging is needed
        grid.setItems(lessons.lessonSummaries());
        problems.removeAll();
        problems.add(new H2(getTranslation("lessons-admin.problems.title")));
        var found = lessons.problems();
        if (found.isEmpty()) {
            var none = new Paragraph(getTranslation("lessons-admin.problems.none"));
            none.addClassName("status-ok");
            problems.add(none);
            return;
        }
        problems.add(new Paragraph(getTranslation("lessons-admin.problems.help")));
        var list = new UnorderedList();
        list.addClassName("problem-list");
        found.forEach(problem -> list.add(new ListItem(MessageText.of(this, problem.positioned()))));
        problems.add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lessons-admin.page-title");
    }
}
