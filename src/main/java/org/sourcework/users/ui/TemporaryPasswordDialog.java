package org.sourcework.users.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** Shows a temporary password once. It is not stored in clear anywhere, so it cannot be shown again. */
class TemporaryPasswordDialog extends Dialog {

    TemporaryPasswordDialog(String username, String password) {
        setHeaderTitle(getTranslation("users.temporary.title", username));
        var field = new TextField(getTranslation("users.temporary.label"));
        field.setValue(password);
        field.setReadOnly(true);
        field.setWidthFull();
        field.addClassName("temporary-password");
        field.addFocusListener(event -> field.getElement().executeJs("this.inputElement.select()"));
        add(new Paragraph(getTranslation("users.temporary.hint")), field);
        var close = new Button(getTranslation("users.temporary.close"), event -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
        setWidth("min(32rem, 95vw)");
    }
}
