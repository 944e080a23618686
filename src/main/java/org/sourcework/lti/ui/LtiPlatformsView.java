package org.sourcework.lti.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sourcework.base.ui.EmptyState;
import org.sourcework.lti.LtiPlatformService;
import org.sourcework.lti.PlatformRow;
import org.sourcework.lti.ToolKeyService;
import org.sourcework.lti.ToolUrls;
import org.sourcework.security.AppRoles;

/**
 * Learning platforms (LTI 1.3) for administrators: Sourcework's own values to paste into a platform, the
 * platforms registered so far (click one to edit it), and the tool's signing keys.
 */
@Route("admin/lti")
@Menu(order = 5.5, title = "nav.lti", icon = "vaadin:plug")
@RolesAllowed(AppRoles.ADMIN)
public class LtiPlatformsView extends Main implements HasDynamicTitle {

    private final LtiPlatformService platforms;
    private final Grid<PlatformRow> grid = new Grid<>();

    public LtiPlatformsView(LtiPlatformService platforms, ToolKeyService keys, ToolUrls urls) {
        this.platforms = platforms;
        addClassName("page");
        var add = new Button(getTranslation("lti.platforms.add"), VaadinIcon.PLUS.create(), event -> open(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var bar = new Div(add);
        bar.addClassName("filter-bar");

        grid.addColumn(row -> row.details().name())
                .setHeader(getTranslation("lti.field.name"))
                .setWidth("9rem")
                .setFlexGrow(1)
                .setFrozen(true);
        grid.addColumn(row -> row.details().issuer())
                .setHeader(getTranslation("lti.field.issuer"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.details().clientId())
                .setHeader(getTranslation("lti.field.client-id"))
                .setAutoWidth(true);
        grid.addColumn(row -> String.join(", ", row.details().deploymentIds()))
                .setHeader(getTranslation("lti.field.deployments"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateComponent(new EmptyState(
                getTranslation("lti.platforms.empty.title"), getTranslation("lti.platforms.empty.text")));
        grid.addItemClickListener(event -> open(event.getItem()));
        grid.setItems(
                query -> platforms.page(query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(platforms.count()));

        add(
                new H1(getTranslation("lti.platforms.title")),
                new Paragraph(getTranslation("lti.platforms.intro")),
                new ToolValues(urls),
                new H2(getTranslation("lti.platforms.registered")),
                bar,
                grid,
                new ToolKeysPanel(keys));
    }

    private void open(PlatformRow row) {
        new PlatformDialog(platforms, row, () -> grid.getDataProvider().refreshAll()).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lti.platforms.page-title");
    }
}
