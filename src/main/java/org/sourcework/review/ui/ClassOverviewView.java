package org.sourcework.review.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.ui.EmptyState;
import org.sourcework.base.ui.MessageText;
import org.sourcework.base.ui.ReaderFormat;
import org.sourcework.base.ui.ReviewNav;
import org.sourcework.base.ui.RouteIds;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.LessonNotFoundException;
import org.sourcework.responses.AnswerRejectedException;
import org.sourcework.responses.AssignmentNotFoundException;
import org.sourcework.responses.ClassWorkService;
import org.sourcework.review.ClassOverviewService;
import org.sourcework.review.OverviewFilter;
import org.sourcework.review.OverviewRow;
import org.sourcework.roster.AssignmentInfo;
import org.sourcework.roster.LessonPath;
import org.sourcework.security.AppRoles;
import org.springframework.security.access.AccessDeniedException;

/**
 * The class overview of one assigned lesson: every student against every section, with filters,
 * counts per column and reopening. Students are paged lazily, so a class of 200 costs the same
 * handful of statements per page as a class of 20.
 */
@Route("review/:assignmentId")
@RolesAllowed(AppRoles.INSTRUCTOR)
public class ClassOverviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ClassWorkService classWork;
    private final LessonCatalogService lessons;
    private final ClassOverviewService overview;
    private final Clock clock;
    private final Select<OverviewFilter> filter = new Select<>();
    private final Span shown = new Span();
    private String title = "";
    private @Nullable OverviewGrid grid;
    private int windowWidth;
    private @Nullable Registration resizing;

    public ClassOverviewView(
            ClassWorkService classWork, LessonCatalogService lessons, ClassOverviewService overview, Clock clock) {
        this.classWork = classWork;
        this.lessons = lessons;
        this.overview = overview;
        this.clock = clock;
        addClassName("page");
        addClassName("class-overview");
        filter.setId("overview-filter");
        filter.setLabel(getTranslation("overview.filter"));
        filter.setItems(OverviewFilter.values());
        filter.setItemLabelGenerator(value -> getTranslation("overview.filter." + value.name()));
        filter.setValue(OverviewFilter.ALL);
        filter.addValueChangeListener(event -> refresh());
        shown.setId("overview-count");
        shown.addClassName("overview-count");
        shown.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var assignmentId = RouteIds.number(event, "assignmentId");
        if (assignmentId.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            var assignment = classWork.assignment(assignmentId.get());
            var content = lessons.assignedContent(assignment);
            var sections = SectionColumn.of(
                    content, overview.columnCounts(assignment.id()), getTranslation("overview.section.headnote"));
            render(assignment, content, sections, overview.count(assignment.id(), OverviewFilter.ALL));
        } catch (AccessDeniedException | AssignmentNotFoundException | LessonNotFoundException e) {
            // the same page for "not yours" and "not there", so ids cannot be probed
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render(AssignmentInfo assignment, LessonContent content, List<SectionColumn> sections, int students) {
        removeAll();
        title = getTranslation("overview.page-title", assignment.className(), content.title());
        var format = new ReaderFormat(this, clock);
        var due = assignment.dueAt() == null
                ? getTranslation("overview.no-due")
                : getTranslation("overview.due", format.dateTime(assignment.dueAt()));
        var path = new Span(getTranslation(
                assignment.path() == LessonPath.CORE ? "overview.path.core" : "overview.path.full",
                content.questions().size()));
        path.addClassName("overview-path");
        var meta = new Paragraph(new Span(assignment.className()), new Span(due), path);
        meta.addClassName("overview-meta");
        var heading = new Header(new H1(content.title()), meta);
        heading.addClassName("overview-heading");
        add(heading, new ReviewNav(assignment.id(), ReviewNav.Screen.OVERVIEW));
        if (students == 0) {
            add(new EmptyState(
                    getTranslation("overview.empty.title", assignment.className()),
                    getTranslation("overview.empty.text")));
            return;
        }
        var grid = new OverviewGrid(assignment.id(), sections, students, row -> confirmReopen(assignment, row));
        this.grid = grid;
        grid.fitTo(windowWidth);
        shown.setText(getTranslation("overview.shown", students));
        // a class that fits on one page is shown whole; a larger one scrolls inside the grid, page by page
        grid.setAllRowsVisible(students <= OverviewGrid.PAGE_SIZE);
        grid.setItems(
                query ->
                        overview.page(assignment.id(), filter.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> {
                    int count = overview.count(assignment.id(), filter.getValue());
                    shown.setText(getTranslation("overview.shown", count));
                    return count;
                });
        add(filters(), sectionLinks(assignment.id(), sections), grid);
    }

    private Div filters() {
        var bar = new Div(filter, shown);
        bar.addClassName("filter-bar");
        bar.addClassName("overview-filters");
        return bar;
    }

    private Nav sectionLinks(long assignmentId, List<SectionColumn> sections) {
        var label = new Span(getTranslation("overview.sections"));
        label.setId("overview-sections-label");
        label.addClassName("overview-section-links-label");
        var links = new Nav(label);
        links.addClassName("overview-section-links");
        links.getElement().setAttribute("aria-labelledby", "overview-sections-label");
        sections.forEach(section -> {
            var link = new Anchor(section.reviewHref(assignmentId), section.label());
            link.addClassName("overview-section-link");
            links.add(link);
        });
        return links;
    }

    private void confirmReopen(AssignmentInfo assignment, OverviewRow row) {
        var name = row.student().displayName();
        var dialog = new ConfirmDialog(
                getTranslation("overview.reopen.title", name),
                getTranslation("overview.reopen.text"),
                getTranslation("overview.reopen.confirm"),
                event -> {
                    try {
                        classWork.reopen(assignment.id(), row.student().userId());
                        Notification.show(
                                        getTranslation("overview.reopened", name),
                                        5000,
                                        Notification.Position.BOTTOM_START)
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        refresh();
                    } catch (AnswerRejectedException | AccessDeniedException e) {
                        Notification.show(MessageText.of(this, e), 6000, Notification.Position.MIDDLE)
                                .addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("overview.reopen.cancel"));
        dialog.setCancelButtonTheme("tertiary contrast");
        dialog.open();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var details = event.getUI().getPage().getExtendedClientDetails();
        fitTo(details == null ? 0 : details.getWindowInnerWidth());
        resizing = event.getUI().getPage().addBrowserWindowResizeListener(resize -> fitTo(resize.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (resizing != null) {
            resizing.remove();
            resizing = null;
        }
    }

    private void fitTo(int width) {
        windowWidth = width;
        if (grid != null) {
            grid.fitTo(width);
        }
    }

    private void refresh() {
        if (grid != null) {
            grid.getDataProvider().refreshAll();
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
