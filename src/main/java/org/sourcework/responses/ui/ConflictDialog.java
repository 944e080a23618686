package org.sourcework.responses.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** The same answer was saved elsewhere since this page loaded: the student chooses which to keep. */
final class ConflictDialog extends Dialog {

    ConflictDialog(Runnable keepMine, Runnable loadNewer) {
        setHeaderTitle(getTranslation("reader.conflict.title"));
        addClassName("conflict-dialog");
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        add(new Paragraph(getTranslation("reader.conflict.text")));
        var keep = new Button(getTranslation("reader.conflict.keep-mine"), event -> {
            close();
            keepMine.run();
        });
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var load = new Button(getTranslation("reader.conflict.load-newer"), event -> {
            close();
            loadNewer.run();
        });
        getFooter().add(load, keep);
    }
}
