package org.sourcework.administration.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.ui.MessageText;
import org.sourcework.roster.ImportAction;
import org.sourcework.roster.ImportOptions;
import org.sourcework.roster.ImportPlan;
import org.sourcework.roster.ImportProblem;
import org.sourcework.roster.RosterImportService;
import org.sourcework.roster.RosterRejectedException;
import org.sourcework.security.AppRoles;

/**
 * Imports accounts and enrolments from a CSV file in two steps: a dry run that changes nothing and
 * shows every row and problem, then a confirmation that applies the valid rows.
 */
@Route("admin/import")
@Menu(order = 5, title = "nav.import", icon = "vaadin:upload")
@RolesAllowed(AppRoles.ADMIN)
public class RosterImportView extends Main implements HasDynamicTitle {

    private final RosterImportService imports;
    private final ComboBox<String> term = new ComboBox<>();
    private final Checkbox createClasses = new Checkbox();
    private final Checkbox updateExisting = new Checkbox();
    private final Paragraph fileProblem = new Paragraph();
    private final Div planArea = new Div();
    private final Div summaryArea = new Div();
    private final Button confirm = new Button();
    private byte @Nullable [] file;
    private @Nullable ImportOptions plannedWith;

    public RosterImportView(RosterImportService imports) {
        this.imports = imports;
        addClassName("page");
        add(new H1(getTranslation("import.title")), help());

        // one of the school's terms, the most recent chosen for a start, or a new one typed in
        var terms = imports.terms();
        term.setLabel(getTranslation("import.term"));
        term.setHelperText(getTranslation("import.term.help"));
        term.setItems(terms);
        term.setAllowCustomValue(true);
        term.addCustomValueSetListener(event -> term.setValue(event.getDetail().strip()));
        terms.stream().findFirst().ifPresent(term::setValue);
        // wide enough that the label is not cut off
        term.setWidth("24em");
        createClasses.setLabel(getTranslation("import.create-classes"));
        updateExisting.setLabel(getTranslation("import.update-existing"));
        updateExisting.setTooltipText(getTranslation("import.update-existing.help"));
        // a changed option makes the dry run out of date: run it again before confirming
        term.addValueChangeListener(event -> dryRun());
        createClasses.addValueChangeListener(event -> dryRun());
        updateExisting.addValueChangeListener(event -> dryRun());

        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            file = bytes;
            dryRun();
        }));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        // stable ids for the load benchmark (perf/), which imports its students through this page
        upload.setId("roster-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(RosterImportService.MAX_BYTES);
        upload.setDropLabel(new Span(getTranslation("import.drop")));
        upload.addFileRejectedListener(event -> showFileProblem(getTranslation("import.too-large")));

        fileProblem.addClassName("form-problem");
        fileProblem.setVisible(false);
        confirm.setText(getTranslation("import.confirm"));
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(event -> apply());
        var options = new Div(term, createClasses, updateExisting);
        options.addClassName("import-options");
        add(options, upload, fileProblem, planArea, confirm, summaryArea);
    }

    // the rules of the file, folded away so the choices and the upload are in view when the page opens
    private Div help() {
        var list = new UnorderedList(
                new ListItem(getTranslation("import.help.columns")),
                new ListItem(getTranslation("import.help.roles")),
                new ListItem(getTranslation("import.help.names")),
                new ListItem(getTranslation("import.help.class")),
                new ListItem(getTranslation("import.help.update")),
                new ListItem(getTranslation("import.help.format")),
                new ListItem(getTranslation("import.help.existing")));
        var rules = new Details(getTranslation("import.help.title"), list);
        rules.addClassName("import-help");
        return new Div(new Paragraph(getTranslation("import.intro")), rules);
    }

    private ImportOptions options() {
        return new ImportOptions(term.getValue(), createClasses.getValue(), updateExisting.getValue());
    }

    private void dryRun() {
        confirm.setEnabled(false);
        plannedWith = null;
        planArea.removeAll();
        fileProblem.setVisible(false);
        if (file == null) {
            return;
        }
        ImportPlan plan;
        try {
            plan = imports.dryRun(file, options());
        } catch (RosterRejectedException e) {
            showFileProblem(MessageText.of(this, e));
            return;
        }
        summaryArea.removeAll();
        planArea.add(
                new H2(getTranslation("import.plan.title")),
                new Paragraph(getTranslation(
                        "import.plan.counts",
                        plan.rows().size(),
                        plan.count(ImportAction.CREATE_USER),
                        plan.count(ImportAction.ENROL),
                        plan.count(ImportAction.CREATE_CLASS),
                        plan.count(ImportAction.UNCHANGED),
                        plan.rows().size() - plan.validRows(),
                        plan.count(ImportAction.UPDATE_USER))));
        if (!plan.problems().isEmpty()) {
            var problems = new UnorderedList();
            problems.addClassName("import-problems");
            plan.problems().forEach(problem -> problems.add(problemItem(problem)));
            planArea.add(new Paragraph(getTranslation("import.plan.problems")), problems);
        }
        if (!plan.changesAnything()) {
            var nothing = new Paragraph(getTranslation("import.plan.nothing"));
            nothing.addClassName("import-nothing");
            planArea.add(nothing);
        }
        planArea.add(new ImportPlanGrid(plan));
        plannedWith = options();
        // confirming a file that changes nothing would only record an empty import
        confirm.setEnabled(plan.changesAnything());
    }

    private ListItem problemItem(ImportProblem problem) {
        var location = new Span(getTranslation(
                "import.problem.location", String.valueOf(problem.row()), MessageText.of(this, problem.column())));
        location.addClassName("problem-location");
        return new ListItem(location, new Text(" " + MessageText.of(this, problem.message())));
    }

    private void apply() {
        if (file == null || plannedWith == null) {
            return;
        }
        try {
            var result = imports.apply(file, plannedWith);
            summaryArea.removeAll();
            summaryArea.add(new ImportSummary(result));
        } catch (RosterRejectedException e) {
            showFileProblem(MessageText.of(this, e));
            return;
        }
        file = null;
        plannedWith = null;
        confirm.setEnabled(false);
        planArea.removeAll();
    }

    private void showFileProblem(String message) {
        fileProblem.setText(message);
        fileProblem.setVisible(true);
        confirm.setEnabled(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.page-title");
    }
}
