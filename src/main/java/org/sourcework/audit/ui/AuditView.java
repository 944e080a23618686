package org.sourcework.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.sourcework.audit.AuditEntry;
import org.sourcework.audit.AuditFilter;
import org.sourcework.audit.AuditService;
import org.sourcework.base.ui.DateTimes;
import org.sourcework.security.AppRoles;

/** The audit log for administrators: filter by person, action and dates; export what is shown as CSV. */
@Route("admin/audit")
@Menu(order = 6, title = "nav.audit", icon = "vaadin:clipboard-text")
@RolesAllowed(AppRoles.ADMIN)
public class AuditView extends Main implements HasDynamicTitle {

    private final AuditService audit;
    private final Grid<AuditEntry> grid = new Grid<>();
    private final TextField username = new TextField();
    private final Select<String> action = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    // read by the CSV download, which runs outside the UI's lock
    private volatile AuditFilter filter = AuditFilter.all();

    public AuditView(AuditService audit) {
        this.audit = audit;
        addClassName("page");
        add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")), filters(), grid);

        var dates = DateTimes.forBrowser(Clock.systemDefaultZone());
        var sentences = new AuditSentences(this::getTranslation, dates);
        // the sentence names who did it, so it has all the width the date leaves; the date takes two
        // lines, which leaves the sentence room to read on a phone too
        grid.addColumn(entry -> dates.dateTime(entry.occurredAt()))
                .setHeader(getTranslation("audit.col.when"))
                .setWidth("8.5rem")
                .setFlexGrow(0);
        grid.addColumn(sentences::sentence)
                .setHeader(getTranslation("audit.col.what"))
                .setWidth("12rem")
                .setFlexGrow(1);
        grid.addThemeVariants(
                GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setItems(query -> audit.page(filter, query.getOffset(), query.getLimit()).stream(), query ->
                (int) audit.count(filter));
    }

    private Div filters() {
        username.setLabel(getTranslation("audit.filter.username"));
        username.setClearButtonVisible(true);
        username.setValueChangeMode(ValueChangeMode.LAZY);
        action.setLabel(getTranslation("audit.filter.action"));
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("audit.filter.any-action"));
        action.setItems(audit.actions());
        action.setItemLabelGenerator(value -> value == null ? "" : getTranslation("audit.action." + value));
        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        username.addValueChangeListener(event -> refresh());
        action.addValueChangeListener(event -> refresh());
        from.addValueChangeListener(event -> refresh());
        to.addValueChangeListener(event -> refresh());

        var export = new Anchor(csv(), getTranslation("audit.export"));
        export.getElement().setAttribute("download", true);
        export.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        export.addClassName("audit-export");

        var bar = new Div(username, action, from, to, export);
        bar.addClassName("filter-bar");
        return bar;
    }

    private DownloadHandler csv() {
        return event -> {
            event.setFileName("sourcework-audit.csv");
            event.setContentType("text/csv; charset=UTF-8");
            audit.exportCsv(filter, getLocale(), event.getOutputStream());
        };
    }

    private void refresh() {
        filter = new AuditFilter(username.getValue(), action.getValue(), from.getValue(), to.getValue());
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.page-title");
    }
}
