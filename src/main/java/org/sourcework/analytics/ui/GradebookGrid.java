package org.sourcework.analytics.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.List;
import org.sourcework.analytics.GradebookPart;
import org.sourcework.analytics.GradebookRow;
import org.sourcework.analytics.GradebookService;
import org.sourcework.analytics.GradebookSort;
import org.sourcework.lessons.LessonContent;

/**
 * The gradebook's table: a row per student, the name and total always in view, then a narrow column
 * per section or per skill, or where each score is in a learning platform (one set at a time, so a whole
 * lesson fits a laptop screen). Every column sorts, in the database, so a large class pages lazily in any
 * order.
 */
class GradebookGrid extends Grid<GradebookRow> {

    static final int PAGE_SIZE = 50;

    private final List<Column<GradebookRow>> sectionColumns = new ArrayList<>();
    private final List<Column<GradebookRow>> skillColumns = new ArrayList<>();

    GradebookGrid(
            GradebookService gradebook,
            long assignmentId,
            LessonContent content,
            List<GradebookPart> parts,
            int students) {
        setId("gradebook-grid");
        addClassName("gradebook-grid");
        setPageSize(PAGE_SIZE);
        addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_ROW_STRIPES);
        setSelectionMode(SelectionMode.NONE);
        setMultiSort(false);
        getElement().setAttribute("aria-label", getTranslation("gradebook.label"));
        var name = addColumn(LitRenderer.<GradebookRow>of(
                                "<span class=\"gradebook-name\">${item.name}<span class=\"gradebook-withdrawn\">${item.withdrawn}</span></span>")
                        .withProperty("name", row -> row.student().displayName())
                        .withProperty(
                                "withdrawn",
                                row -> row.student().withdrawn() ? " " + getTranslation("analytics.withdrawn") : ""))
                .setKey(GradebookSort.NAME)
                .setSortProperty(GradebookSort.NAME)
                .setHeader(getTranslation("analytics.col.student"))
                .setFrozen(true)
                .setWidth("9rem")
                .setFlexGrow(0);
        for (var part : parts) {
            var column = addColumn(part.key().equals(GradebookPart.TOTAL) ? total(part) : share(part))
                    .setKey(part.key())
                    .setSortProperty(part.key())
                    .setHeader(header(content, part))
                    .setTextAlign(ColumnTextAlign.END);
            if (part.key().equals(GradebookPart.TOTAL)) {
                column.setWidth("6.5rem").setFlexGrow(0).setFrozen(true);
            } else if (part.skill() != null) {
                column.setWidth("7rem").setFlexGrow(1);
                skillColumns.add(column);
            } else {
                column.setWidth("3.5rem").setFlexGrow(1);
                sectionColumns.add(column);
            }
        }
        sort(GridSortOrder.asc(name).build());
        setItems(
                query ->
                        gradebook
                                .page(assignmentId, sortOf(query.getSortOrders()), query.getOffset(), query.getLimit())
                                .stream(),
                query -> students);
        if (students <= PAGE_SIZE) {
            setAllRowsVisible(true);
        }
        showSections(true, false);
    }

    /** Shows a column per section, one per skill, or (both false) neither. */
    void showSections(boolean sections, boolean skills) {
        sectionColumns.forEach(column -> column.setVisible(sections));
        skillColumns.forEach(column -> column.setVisible(skills));
    }

    private static GradebookSort sortOf(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        return orders.isEmpty()
                ? GradebookSort.BY_NAME
                : new GradebookSort(
                        orders.getFirst().getSorted(), orders.getFirst().getDirection() == SortDirection.ASCENDING);
    }

    private LitRenderer<GradebookRow> total(GradebookPart part) {
        return LitRenderer.<GradebookRow>of("<span class=\"gradebook-total\"><strong>${item.percent}</strong>"
                        + "<span class=\"gradebook-points\">${item.points}</span></span>")
                .withProperty("percent", row -> percent(row, part))
                .withProperty(
                        "points",
                        row -> getTranslation("gradebook.points", Numbers.plain(row.earnedIn(part)), part.points()));
    }

    private LitRenderer<GradebookRow> share(GradebookPart part) {
        return LitRenderer.<GradebookRow>of("<span class=\"gradebook-share\" title=\"${item.detail}\">${item.percent}"
                        + "<span class=\"sr-only\">${item.detail}</span></span>")
                .withProperty("percent", row -> percent(row, part))
                .withProperty(
                        "detail",
                        row -> row.percentIn(part).isPresent()
                                ? " "
                                        + getTranslation(
                                                "gradebook.points", Numbers.plain(row.earnedIn(part)), part.points())
                                : " " + getTranslation("analytics.not-scored"));
    }

    private String percent(GradebookRow row, GradebookPart part) {
        var percent = row.percentIn(part);
        return percent.isPresent() ? getTranslation("analytics.percent", percent.getAsInt()) : "–";
    }

    private Span header(LessonContent content, GradebookPart part) {
        String full;
        String shown;
        if (part.key().equals(GradebookPart.TOTAL)) {
            full = getTranslation("gradebook.col.total");
            shown = full;
        } else if (part.skill() != null) {
            full = getTranslation("reader.skill." + part.skill().fileName());
            shown = full;
        } else {
            var sectionId = String.valueOf(part.sectionId());
            full = Sections.label(content, sectionId, this);
            // a numeral such as "III.A.1" is short enough for a narrow column; a name such as "Summary" is itself
            shown = LessonContent.HEADNOTE.equals(sectionId)
                    ? full
                    : content.section(sectionId)
                            .map(section -> section.editorLabel() ? section.navLabel() : section.id())
                            .orElse(sectionId);
        }
        var header = new Span(shown);
        header.addClassName("gradebook-header");
        header.getElement().setAttribute("title", getTranslation("gradebook.col.of", full, part.points()));
        return header;
    }
}
