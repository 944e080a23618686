package org.sourcework.lti.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.sourcework.lti.ToolKeyInfo;
import org.sourcework.lti.ToolKeyService;

/** The tool's signing keys: rotate to a new one, retire an old one once platforms have the new one. */
class ToolKeysPanel extends Section {

    private final ToolKeyService keys;
    private final Grid<ToolKeyInfo> grid = new Grid<>();

    ToolKeysPanel(ToolKeyService keys) {
        this.keys = keys;
        grid.addColumn(ToolKeyInfo::kid)
                .setHeader(getTranslation("lti.keys.col.kid"))
                .setAutoWidth(true);
        grid.addColumn(k -> getTranslation("lti.keys.status." + k.status()))
                .setHeader(getTranslation("lti.keys.col.status"))
                .setAutoWidth(true);
        grid.addColumn(ToolKeyInfo::createdAt)
                .setHeader(getTranslation("lti.keys.col.created"))
                .setAutoWidth(true);
        grid.addComponentColumn(k -> {
                    var retire = new Button(getTranslation("lti.keys.retire"), event -> {
                        keys.retire(k.kid());
                        refresh();
                    });
                    retire.setVisible("PREVIOUS".equals(k.status()));
                    retire.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    return retire;
                })
                .setHeader(getTranslation("lti.keys.col.action"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        var rotate = new Button(getTranslation("lti.keys.rotate"), event -> {
            keys.rotate();
            refresh();
        });
        add(new H2(getTranslation("lti.keys.title")), new Paragraph(getTranslation("lti.keys.intro")), rotate, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(keys.keys());
    }
}
