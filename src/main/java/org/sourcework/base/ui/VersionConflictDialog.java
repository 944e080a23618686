package org.sourcework.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The same work was saved elsewhere since this page loaded: the person chooses which version to
 * keep. Closes only through one of its two buttons, so the choice is never skipped by accident.
 */
public class VersionConflictDialog extends Dialog {

    public VersionConflictDialog(
            String title,
            String text,
            String keepLabel,
            String loadLabel,
            Runnable keepMine,
            Runnable loadNewer,
            Component... details) {
        setHeaderTitle(title);
        addClassName("conflict-dialog");
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        add(new Paragraph(text));
        add(details);
        var keep = new Button(keepLabel, event -> {
            close();
            keepMine.run();
        });
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var load = new Button(loadLabel, event -> {
            close();
            loadNewer.run();
        });
        getFooter().add(load, keep);
    }
}
