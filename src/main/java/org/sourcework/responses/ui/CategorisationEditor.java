package org.sourcework.responses.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sourcework.lessons.Categorisation;
import org.sourcework.lessons.Categorisation.Category;
import org.sourcework.lessons.Categorisation.Statement;
import org.sourcework.responses.AnswerValue;
import org.sourcework.responses.AnswerValue.CategorisationAnswer;

/** Sort statements into categories: one labelled choice per statement, no dragging. */
final class CategorisationEditor extends AnswerEditor {

    private final Map<Statement, Select<Category>> choices = new LinkedHashMap<>();

    CategorisationEditor(Categorisation question, AnswerSaver saver) {
        super(saver);
        addClassName("categorisation-editor");
        var legend = new DescriptionList();
        legend.addClassName("category-legend");
        question.categories().forEach(category -> legend.add(new DescriptionList.Term(shortLabel(category)),
                new DescriptionList.Description(explanation(category))));
        add(legend);
        var statements = new Div();
        statements.addClassName("statements");
        int number = 1;
        for (var statement : question.statements()) {
            var select = new Select<Category>();
            select.setLabel(number++ + ". " + statement.text());
            select.setItems(question.categories());
            select.setItemLabelGenerator(category -> category == null ? "" : shortLabel(category));
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(getTranslation("reader.categorisation.unsorted"));
            select.setPlaceholder(getTranslation("reader.categorisation.unsorted"));
            select.setWidthFull();
            select.addValueChangeListener(event -> {
                if (byStudent()) {
                    select.setInvalid(false);
                    saver.save(current());
                }
            });
            choices.put(statement, select);
            statements.add(select);
        }
        add(statements);
    }

    private CategorisationAnswer current() {
        var placements = new LinkedHashMap<String, String>();
        choices.forEach((statement, select) -> {
            if (select.getValue() != null) {
                placements.put(statement.id(), select.getValue().id());
            }
        });
        return new CategorisationAnswer(placements);
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
        var placements = value instanceof CategorisationAnswer answer ? answer.placements() : Map.<String, String>of();
        quietly(() -> choices.forEach((statement, select) -> select.setValue(select.getListDataView().getItems()
                .filter(category -> category.id().equals(placements.get(statement.id()))).findFirst()
                .orElse(null))));
    }

    @Override
    void setReadOnly(boolean readOnly) {
        choices.values().forEach(select -> select.setReadOnly(readOnly));
    }

    @Override
    void showRejected(String message) {
        var first = choices.values().iterator().next();
        first.setErrorMessage(message);
        first.setInvalid(true);
    }
}
