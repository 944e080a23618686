package org.sourcework.responses.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.dom.Element;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sourcework.lessons.Categorisation;
import org.sourcework.lessons.Categorisation.Category;
import org.sourcework.lessons.Categorisation.Statement;
import org.sourcework.responses.AnswerValue;
import org.sourcework.responses.AnswerValue.CategorisationAnswer;

/**
 * Sort statements into categories without dragging: a grid of statements by categories where each
 * row is a group of native radio buttons, so one click or tap places a statement, Tab moves from row
 * to row, the arrow keys move along a row and Space chooses. Each cell is named by its statement
 * and its category.
 */
final class CategorisationEditor extends AnswerEditor {

    private final Categorisation question;
    /** statement id → category id → the cell's radio button */
    private final Map<String, Map<String, Element>> cells = new LinkedHashMap<>();

    private final Map<String, String> placements = new LinkedHashMap<>();
    private final Div error = new Div();

    CategorisationEditor(Categorisation question, AnswerSaver saver) {
        super(saver);
        this.question = question;
        addClassName("categorisation-editor");
        var legend = new DescriptionList();
        legend.addClassName("category-legend");
        question.categories()
                .forEach(category -> legend.add(
                        new DescriptionList.Term(shortLabel(category)),
                        new DescriptionList.Description(explanation(category))));
        add(legend);
        var table = new NativeTable();
        table.addClassName("sort-grid");
        var head = new NativeTableRow();
        var corner = new NativeTableHeaderCell(getTranslation("reader.categorisation.statement"));
        corner.getElement().setAttribute("scope", "col");
        head.add(corner);
        question.categories().forEach(category -> {
            var cell = new NativeTableHeaderCell(shortLabel(category));
            cell.setId(cellId(category.id()));
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        });
        table.getHead().add(head);
        var body = table.addBody();
        int number = 1;
        for (var statement : question.statements()) {
            body.add(row(statement, number++));
        }
        var scroller = new Div(table);
        scroller.addClassName("sort-grid-scroller");
        error.addClassName("sort-grid-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(scroller, error);
    }

    private NativeTableRow row(Statement statement, int number) {
        var row = new NativeTableRow();
        var label = new NativeTableHeaderCell(number + ". " + statement.text());
        label.setId(cellId(statement.id()));
        label.getElement().setAttribute("scope", "row");
        row.add(label);
        var inRow = new LinkedHashMap<String, Element>();
        for (var category : question.categories()) {
            var radio = new Element("input");
            radio.setAttribute("type", "radio");
            radio.setAttribute("name", cellId(statement.id()));
            radio.setAttribute("value", category.id());
            radio.setAttribute("aria-labelledby", cellId(statement.id()) + " " + cellId(category.id()));
            radio.addEventListener("change", event -> choose(statement, category));
            // the category's name again in the cell, for when the grid is stacked (reader.css); the
            // radio button's own name comes from the row and column headers
            var name = new Element("span");
            name.setText(shortLabel(category));
            name.getClassList().add("cell-name");
            name.setAttribute("aria-hidden", "true");
            var holder = new Element("label");
            holder.appendChild(radio, name);
            var cell = new NativeTableCell();
            cell.getElement().appendChild(holder);
            row.add(cell);
            inRow.put(category.id(), radio);
        }
        cells.put(statement.id(), inRow);
        return row;
    }

    private String cellId(String part) {
        return "sort-" + question.id() + "-" + part;
    }

    private void choose(Statement statement, Category category) {
        if (!byStudent()) {
            return;
        }
        placements.put(statement.id(), category.id());
        cells.get(statement.id()).forEach((id, radio) -> radio.setProperty("checked", id.equals(category.id())));
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
        var stored = value instanceof CategorisationAnswer answer ? answer.placements() : Map.<String, String>of();
        placements.clear();
        placements.putAll(stored);
        cells.forEach((statementId, row) -> row.forEach(
                (categoryId, radio) -> radio.setProperty("checked", categoryId.equals(stored.get(statementId)))));
    }

    @Override
    void setReadOnly(boolean readOnly) {
        cells.values().forEach(row -> row.values().forEach(radio -> radio.setProperty("disabled", readOnly)));
        setClassName("read-only", readOnly);
    }

    @Override
    void showRejected(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
