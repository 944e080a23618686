package org.sourcework.administration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sourcework.base.ui.EmptyState;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.roster.ClassAdminService;
import org.sourcework.roster.ClassFilter;
import org.sourcework.roster.ClassRosterService;
import org.sourcework.roster.ClassRow;
import org.sourcework.security.AppRoles;
import org.sourcework.users.UserAdminService;

/** Classes for administrators: find, create, rename, archive; open one to edit its roster and lessons. */
@Route("admin/classes")
@Menu(order = 4.5, title = "nav.classes", icon = "vaadin:academy-cap")
@RolesAllowed(AppRoles.ADMIN)
public class ClassesView extends Main implements HasDynamicTitle {

    private final ClassAdminService classes;
    private final ClassRosterService rosters;
    private final LessonCatalogService lessons;
    private final UserAdminService users;
    private final Grid<ClassRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Checkbox showArchived = new Checkbox();
    private ClassFilter filter = new ClassFilter("", false);

    public ClassesView(
            ClassAdminService classes,
            ClassRosterService rosters,
            LessonCatalogService lessons,
            UserAdminService users) {
        this.classes = classes;
        this.rosters = rosters;
        this.lessons = lessons;
        this.users = users;
        addClassName("page");
        var create = new Button(getTranslation("classes.new"), VaadinIcon.PLUS.create(), event -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H1(getTranslation("classes.title")),
                new Paragraph(getTranslation("classes.intro")),
                filters(create),
                grid);

        // a class's name stays in view while a phone scrolls the table sideways
        grid.addColumn(ClassRow::name)
                .setHeader(getTranslation("classes.col.name"))
                .setWidth("10rem")
                .setFlexGrow(2)
                .setFrozen(true);
        grid.addColumn(ClassRow::term)
                .setHeader(getTranslation("classes.col.term"))
                .setAutoWidth(true);
        grid.addColumn(ClassRow::instructorCount)
                .setHeader(getTranslation("classes.col.instructors"))
                .setAutoWidth(true);
        grid.addColumn(ClassRow::studentCount)
                .setHeader(getTranslation("classes.col.students"))
                .setAutoWidth(true);
        grid.addColumn(ClassRow::lessonCount)
                .setHeader(getTranslation("classes.col.lessons"))
                .setAutoWidth(true);
        grid.addColumn(row -> getTranslation(row.archived() ? "classes.status.archived" : "classes.status.active"))
                .setHeader(getTranslation("classes.col.status"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateComponent(
                new EmptyState(getTranslation("classes.empty.title"), getTranslation("classes.empty.text")));
        grid.addItemClickListener(event -> openRoster(event.getItem()));
        grid.setItems(
                query -> classes.page(filter, query.getOffset(), query.getLimit()).stream(),
                query -> classes.count(filter));
    }

    private Div filters(Button create) {
        search.setLabel(getTranslation("classes.search"));
        search.setPlaceholder(getTranslation("classes.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        // LAZY waits until typing pauses, so the database is not asked on every key
        search.setValueChangeMode(ValueChangeMode.LAZY);
        showArchived.setLabel(getTranslation("classes.show-archived"));
        search.addValueChangeListener(event -> refresh());
        showArchived.addValueChangeListener(event -> refresh());
        var bar = new Div(search, showArchived, create);
        bar.addClassName("filter-bar");
        return bar;
    }

    private void openCreate() {
        new ClassDialog(classes, null, this::refresh).open();
    }

    private void openRoster(ClassRow row) {
        new ClassRosterDialog(classes, rosters, lessons, users, row.id(), this::refresh).open();
    }

    private void refresh() {
        filter = new ClassFilter(search.getValue(), showArchived.getValue());
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("classes.page-title");
    }
}
