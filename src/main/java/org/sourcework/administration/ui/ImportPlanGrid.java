package org.sourcework.administration.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.stream.Collectors;
import org.sourcework.base.ui.MessageText;
import org.sourcework.roster.ImportPlan;
import org.sourcework.roster.ImportRow;

/** Every row of a dry run with what will happen to it; rows with a problem are marked and say why. */
class ImportPlanGrid extends Grid<ImportRow> {

    ImportPlanGrid(ImportPlan plan) {
        // Fixed widths, not auto widths: auto widths give names and classes all they ask for and leave
        // the column that matters, what will happen, too narrow. Compact cells and wrapping fit all seven
        // columns at 1280 px; on a phone the table scrolls sideways and the row number stays in view.
        addColumn(ImportRow::row)
                .setHeader(getTranslation("import.col.row"))
                .setWidth("3.5rem")
                .setFlexGrow(0)
                .setFrozen(true);
        addColumn(ImportRow::username)
                .setHeader(getTranslation("import.col.username"))
                .setWidth("7rem");
        addColumn(ImportRow::displayName)
                .setHeader(getTranslation("import.col.name"))
                .setWidth("7.5rem");
        addColumn(ImportRow::email)
                .setHeader(getTranslation("import.col.email"))
                .setWidth("12rem");
        addColumn(ImportRow::role)
                .setHeader(getTranslation("import.col.role"))
                .setWidth("7.5rem")
                .setFlexGrow(0);
        addColumn(row -> row.className().isBlank() ? "" : row.className() + " (" + row.term() + ")")
                .setHeader(getTranslation("import.col.class"))
                .setWidth("8.5rem");
        addColumn(this::outcome)
                .setHeader(getTranslation("import.col.outcome"))
                .setWidth("12rem")
                .setFlexGrow(3);
        setPartNameGenerator(row -> row.valid() ? null : "import-problem");
        addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addClassName("import-plan");
        setItems(plan.rows());
    }

    String outcome(ImportRow row) {
        if (!row.valid()) {
            return getTranslation("import.outcome.skipped") + " "
                    + row.problems().stream()
                            .map(problem -> MessageText.of(this, problem.column()) + ": "
                                    + MessageText.of(this, problem.message()))
                            .collect(Collectors.joining(" "));
        }
        var actions = row.actions().stream()
                .map(action -> getTranslation("import.action." + action.name()))
                .collect(Collectors.joining(", "));
        var changes = row.changes().stream()
                .map(change -> getTranslation(
                        "import.change", MessageText.of(this, change.column()), change.from(), change.to()))
                .collect(Collectors.joining("; "));
        return changes.isEmpty() ? actions : actions + " (" + changes + ")";
    }
}
