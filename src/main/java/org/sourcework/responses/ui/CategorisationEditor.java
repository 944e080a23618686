package org.sourcework.responses.ui;

import com.vaadin.flow.component.html.Div;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.ui.Markup;
import org.sourcework.lessons.Categorisation;
import org.sourcework.lessons.Categorisation.Category;
import org.sourcework.responses.AnswerValue;
import org.sourcework.responses.AnswerValue.CategorisationAnswer;

/**
 * Sort statements into categories without dragging: a grid of statements by categories where each
 * row is a group of native radio buttons, so one click or tap places a statement, Tab moves from row
 * to row, the arrow keys move along a row and Space chooses. Each cell is named by its statement
 * and its category.
 */
final class CategorisationEditor extends AnswerEditor {

    /** What a change sends: the statement of the radio button chosen, and its category. */
    static final String STATEMENT = "event.target.dataset.statement";

    static final String CATEGORY = "event.target.value";

    static final String FROM_A_CELL = "event.target.matches('input[type=radio]')";

    private final Categorisation question;
    private final Map<String, String> placements = new LinkedHashMap<>();
    // the legend and the grid are markup, drawn again only when the program changes the answer: a
    // component per cell was about 300 nodes on the server for one grid, kept while the page is open
    private final Div grid = new Div();
    private final Div error = new Div();
    private boolean readOnly;

    CategorisationEditor(Categorisation question, AnswerSaver saver) {
        super(saver);
        this.question = question;
        addClassName("categorisation-editor");
        var legend = new Div();
        legend.addClassName("category-legend-holder");
        var terms = new Markup().open("dl", "class", "category-legend");
        question.categories()
                .forEach(category -> terms.element("dt", shortLabel(category)).element("dd", explanation(category)));
        terms.close("dl").into(legend);
        grid.addClassName("sort-grid-scroller");
        grid.getElement()
                .addEventListener(
                        "change",
                        event -> choose(
                                event.getEventData().get(STATEMENT).asString(),
                                event.getEventData().get(CATEGORY).asString()))
                .addEventData(STATEMENT)
                .addEventData(CATEGORY)
                .setFilter(FROM_A_CELL);
        draw();
        error.addClassName("sort-grid-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(legend, grid, error);
    }

    private void draw() {
        var table =
                new Markup().open("table", "class", "sort-grid").open("thead").open("tr");
        table.element("th", getTranslation("reader.categorisation.statement"), "scope", "col");
        question.categories()
                .forEach(category ->
                        table.element("th", shortLabel(category), "id", cellId(category.id()), "scope", "col"));
        table.close("tr").close("thead").open("tbody");
        int number = 1;
        for (var statement : question.statements()) {
            table.open("tr")
                    .element("th", number++ + ". " + statement.text(), "id", cellId(statement.id()), "scope", "row");
            for (var category : question.categories()) {
                table.open("td")
                        .open("label")
                        .open(
                                "input",
                                "type",
                                "radio",
                                "name",
                                cellId(statement.id()),
                                "value",
                                category.id(),
                                "data-statement",
                                statement.id(),
                                "aria-labelledby",
                                cellId(statement.id()) + " " + cellId(category.id()),
                                "checked",
                                category.id().equals(placements.get(statement.id())) ? "" : null,
                                "disabled",
                                readOnly ? "" : null)
                        // the category's name again in the cell, for when the grid is stacked (reader.css);
                        // the radio button's own name comes from the row and column headers
                        .element("span", shortLabel(category), "class", "cell-name", "aria-hidden", "true")
                        .close("label")
                        .close("td");
            }
            table.close("tr");
        }
        table.close("tbody").close("table").into(grid);
    }

    private String cellId(String part) {
        return "sort-" + question.id() + "-" + part;
    }

    private void choose(String statementId, String categoryId) {
        boolean known = question.statements().stream()
                        .anyMatch(statement -> statement.id().equals(statementId))
                && question.categories().stream()
                        .anyMatch(category -> category.id().equals(categoryId));
        if (readOnly || !known) {
            return;
        }
        placements.put(statementId, categoryId);
        error.setVisible(false);
        saver.save(current());
    }

    private CategorisationAnswer current() {
        var inOrder = new LinkedHashMap<String, String>();
        question.statements().stream()
                .filter(statement -> placements.containsKey(statement.id()))
                .forEach(statement -> inOrder.put(statement.id(), placements.get(statement.id())));
        return new CategorisationAnswer(inOrder);
    }

    /** "Internal compulsions" from "Internal compulsions (pressures inside the country …)". */
    static String shortLabel(Category category) {
        var label = category.label();
        int bracket = label.indexOf(" (");
        return bracket > 0 ? label.substring(0, bracket) : label;
    }

    private static String explanation(Category category) {
        var label = category.label();
        int bracket = label.indexOf(" (");
        return bracket > 0 && label.endsWith(")") ? label.substring(bracket + 2, label.length() - 1) : "";
    }

    @Override
    void loadAnswer(@Nullable AnswerValue value) {
        placements.clear();
        if (value instanceof CategorisationAnswer answer) {
            placements.putAll(answer.placements());
        }
        draw();
    }

    @Override
    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        setClassName("read-only", readOnly);
        draw();
    }

    @Override
    void showRejected(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
