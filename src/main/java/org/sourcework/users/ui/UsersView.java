package org.sourcework.users.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sourcework.security.AppRole;
import org.sourcework.security.AppRoles;
import org.sourcework.users.ManagedUser;
import org.sourcework.users.UserAdminService;
import org.sourcework.users.UserFilter;

/** Accounts for administrators: search, filter, create, edit, enable or disable, reset, unlock. */
@Route("admin/users")
@Menu(order = 3.5, title = "nav.users", icon = "vaadin:users")
@RolesAllowed(AppRoles.ADMIN)
public class UsersView extends Main implements HasDynamicTitle {

    private final UserAdminService users;
    private final Grid<ManagedUser> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<AppRole> role = new Select<>();
    private final Select<Boolean> enabled = new Select<>();
    private UserFilter filter = UserFilter.all();

    public UsersView(UserAdminService users) {
        this.users = users;
        addClassName("page");
        var create = new Button(
                getTranslation("users.new"),
                VaadinIcon.PLUS.create(),
                event -> new UserDialog(users, null, this::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("users.title")), new Paragraph(getTranslation("users.intro")), filters(create), grid);

        // Widths that fit each column's longest usual value (a learning platform's "lti-" username of 20
        // characters, a school email address, "Must change password") side by side at 1280 px; on a
        // phone the table scrolls sideways under the username.
        grid.addColumn(ManagedUser::username)
                .setHeader(getTranslation("users.col.username"))
                .setWidth("11rem")
                .setFrozen(true);
        grid.addColumn(ManagedUser::displayName)
                .setHeader(getTranslation("users.col.name"))
                .setWidth("10rem");
        grid.addColumn(ManagedUser::email)
                .setHeader(getTranslation("users.col.email"))
                .setWidth("15rem")
                .setFlexGrow(2);
        grid.addColumn(user -> getTranslation("role." + user.role().name()))
                .setHeader(getTranslation("users.col.role"))
                .setWidth("8.5rem")
                .setFlexGrow(0);
        grid.addColumn(this::status)
                .setHeader(getTranslation("users.col.status"))
                .setWidth("12.5rem")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("users.empty"));
        grid.addItemClickListener(
                event -> new UserDialog(users, users.get(event.getItem().id()), this::refresh).open());
        grid.setItems(query -> users.page(filter, query.getOffset(), query.getLimit()).stream(), query ->
                (int) users.count(filter));
    }

    private Div filters(Button create) {
        search.setLabel(getTranslation("users.search"));
        search.setPlaceholder(getTranslation("users.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        // LAZY waits until typing pauses, so the database is not asked on every key
        search.setValueChangeMode(ValueChangeMode.LAZY);
        role.setLabel(getTranslation("users.filter.role"));
        role.setItems(AppRole.values());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("users.filter.any-role"));
        role.setItemLabelGenerator(value ->
                value == null ? getTranslation("users.filter.any-role") : getTranslation("role." + value.name()));
        enabled.setLabel(getTranslation("users.filter.status"));
        enabled.setItems(true, false);
        enabled.setEmptySelectionAllowed(true);
        enabled.setEmptySelectionCaption(getTranslation("users.filter.any-status"));
        enabled.setItemLabelGenerator(value -> value == null
                ? getTranslation("users.filter.any-status")
                : getTranslation(value ? "users.status.enabled" : "users.status.disabled"));
        search.addValueChangeListener(event -> refresh());
        role.addValueChangeListener(event -> refresh());
        enabled.addValueChangeListener(event -> refresh());
        var bar = new Div(search, role, enabled, create);
        bar.addClassName("filter-bar");
        return bar;
    }

    private String status(ManagedUser user) {
        if (!user.enabled()) {
            return getTranslation("users.status.disabled");
        }
        if (user.locked()) {
            return getTranslation("users.status.locked");
        }
        return getTranslation(user.mustChangePassword() ? "users.status.must-change" : "users.status.enabled");
    }

    private void refresh() {
        filter = new UserFilter(search.getValue(), role.getValue(), enabled.getValue());
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.page-title");
    }
}
