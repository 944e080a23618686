package org.sourcework.administration.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.stream.Collectors;
import org.sourcework.roster.ImportPlan;
import org.sourcework.roster.ImportRow;

/** Every row of a dry run with what will happen to it; rows with a problem are marked and say why. */
class ImportPlanGrid extends Grid<ImportRow> {

    ImportPlanGrid(ImportPlan plan) {
        addColumn(ImportRow::row).setHeader(getTranslation("import.col.row")).setAutoWidth(true).setFlexGrow(0);
        addColumn(ImportRow::username).setHeader(getTranslation("import.col.username")).setAutoWidth(true);
        addColumn(ImportRow::displayName).setHeader(getTranslation("import.col.name")).setAutoWidth(true);
        addColumn(ImportRow::email).setHeader(getTranslation("import.col.email")).setAutoWidth(true);
        addColumn(ImportRow::role).setHeader(getTranslation("import.col.role")).setAutoWidth(true);
        addColumn(row -> row.className().isBlank() ? "" : row.className() + " (" + row.term() + ")")
                .setHeader(getTranslation("import.col.class")).setAutoWidth(true);
        addColumn(this::outcome).setHeader(getTranslation("import.col.outcome")).setFlexGrow(3);
        setPartNameGenerator(row -> row.valid() ? null : "import-problem");
        addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addClassName("import-plan");
        setItems(plan.rows());
    }

    String outcome(ImportRow row) {
        if (!row.valid()) {
            return getTranslation("import.outcome.skipped") + " " + row.problems().stream()
                    .map(problem -> problem.column() + ": " + problem.message()).collect(Collectors.joining(" "));
        }
        return row.actions().stream().map(action -> getTranslation("import.action." + action.name()))
                .collect(Collectors.joining(", "));
    }
}
