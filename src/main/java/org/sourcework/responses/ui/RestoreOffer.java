package org.sourcework.responses.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** "You have unsaved text from before. Restore it?" above a text field. */
final class RestoreOffer extends Div {

    RestoreOffer(String text, Runnable restore, Runnable discard) {
        addClassName("restore-offer");
        getElement().setAttribute("role", "status");
        var message = new Paragraph(getTranslation("reader.backup.offer"));
        var preview = new Paragraph(text.length() > 160 ? text.substring(0, 160) + "…" : text);
        preview.addClassName("restore-preview");
        var restoreButton = new Button(getTranslation("reader.backup.restore"), event -> {
            restore.run();
            removeFromParent();
        });
        restoreButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        var discardButton = new Button(getTranslation("reader.backup.discard"), event -> {
            discard.run();
            removeFromParent();
        });
        discardButton.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var actions = new Div(restoreButton, discardButton);
        actions.addClassName("restore-actions");
        add(message, preview, actions);
    }
}
