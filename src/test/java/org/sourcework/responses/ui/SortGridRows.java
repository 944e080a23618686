package org.sourcework.responses.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.List;
import org.sourcework.support.Rendered;

/**
 * The statements of a categorisation grid in a browserless test, and a click on one of their radio
 * buttons as the browser reports it (the grid is markup, one element on the server).
 */
final class SortGridRows {

    private SortGridRows() {}

    /** The statement ids of the grid's rows, top to bottom. */
    static List<String> statements(Component card) {
        return Rendered.of(card).select(".sort-grid tbody tr").stream()
                .map(row -> row.selectFirst("input[type=radio]").attr("data-statement"))
                .toList();
    }

    /** Chooses the statement's radio button for the category with this id. */
    static void choose(Component card, String statementId, String categoryId) {
        var grid = card.getChildren()
                .flatMap(Component::getChildren)
                .filter(child -> child.hasClassName("sort-grid-scroller"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no sorting grid"));
        var data = JacksonUtils.createObjectNode();
        data.put(CategorisationEditor.FROM_A_CELL, true);
        data.put(CategorisationEditor.STATEMENT, statementId);
        data.put(CategorisationEditor.CATEGORY, categoryId);
        grid.getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(grid.getElement(), "change", data));
    }
}
