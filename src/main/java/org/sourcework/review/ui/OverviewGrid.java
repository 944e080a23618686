package org.sourcework.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Consumer;
import org.sourcework.base.ui.ReviewNav;
import org.sourcework.responses.WorkStatus;
import org.sourcework.review.OverviewRow;

/**
 * The class overview's matrix: one row per student, frozen name and overall status, then a column
 * per section of the lesson, then what the instructor can do for that student.
 */
final class OverviewGrid extends Grid<OverviewRow> {

    static final int PAGE_SIZE = 50;

    /** Below this window width the actions scroll with the sections, leaving room for them beside the names. */
    private static final int NARROW = 700;

    OverviewGrid(long assignmentId, List<SectionColumn> sections, int students, Consumer<OverviewRow> reopen) {
        setId("overview-grid");
        addClassName("overview-grid");
        setPageSize(PAGE_SIZE);
        addThemeVariants(
                GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setSelectionMode(SelectionMode.NONE);
        addComponentColumn(this::student)
                .setKey("student")
                .setHeader(getTranslation("overview.col.student"))
                .setFrozen(true)
                .setWidth("12rem")
                .setFlexGrow(0);
        addComponentColumn(StatusCell::new)
                .setKey("status")
                .setHeader(getTranslation("overview.col.status"))
                .setWidth("10.5rem")
                .setFlexGrow(0);
        for (var section : sections) {
            addComponentColumn(row -> new SectionCell(section, row))
                    .setKey("section-" + section.sectionId())
                    .setHeader(new SectionHeader(assignmentId, section, students))
                    .setWidth("6.5rem")
                    .setFlexGrow(1)
                    .setTextAlign(ColumnTextAlign.CENTER);
        }
        addComponentColumn(row -> actions(assignmentId, row, reopen))
                .setKey("actions")
                .setHeader(getTranslation("overview.col.actions"))
                .setWidth("10rem")
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        setEmptyStateText(getTranslation("overview.filter-empty"));
    }

    /** Keeps names and actions in view on a laptop, and gives the sections room on a phone. */
    void fitTo(int windowWidth) {
        boolean narrow = windowWidth > 0 && windowWidth < NARROW;
        getColumnByKey("student").setWidth(narrow ? "8.5rem" : "12rem");
        getColumnByKey("status").setWidth(narrow ? "9.5rem" : "10.5rem");
        getColumnByKey("actions").setFrozenToEnd(!narrow);
    }

    private Div student(OverviewRow row) {
        var name = new Span(row.student().displayName());
        name.addClassName("overview-student-name");
        var cell = new Div(name);
        cell.addClassName("overview-student-cell");
        if (row.student().withdrawn()) {
            var withdrawn = new Span(getTranslation("overview.withdrawn"));
            withdrawn.addClassName("overview-chip");
            withdrawn.addClassName("chip-withdrawn");
            cell.add(withdrawn);
        }
        return cell;
    }

    private Div actions(long assignmentId, OverviewRow row, Consumer<OverviewRow> reopen) {
        var name = row.student().displayName();
        var review = new Anchor(
                ReviewNav.Screen.BY_STUDENT.href(assignmentId) + "/"
                        + row.student().userId(),
                getTranslation("overview.review"));
        review.addClassName("overview-review-link");
        review.getElement().setAttribute("aria-label", getTranslation("overview.review.label", name));
        var cell = new Div(review);
        cell.addClassName("overview-actions");
        if (row.progress().status() == WorkStatus.SUBMITTED) {
            var button = new Button(getTranslation("overview.reopen"), event -> reopen.accept(row));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            button.addClassName("overview-reopen");
            button.setAriaLabel(getTranslation("overview.reopen.label", name));
            cell.add(button);
        }
        return cell;
    }
}
