package org.sourcework.administration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.ui.MessageText;
import org.sourcework.roster.ClassAdminService;
import org.sourcework.roster.ClassRow;
import org.sourcework.roster.RosterRejectedException;

/** Creates a class, or renames one; the service's checks are the real ones and its message is shown here. */
class ClassDialog extends Dialog {

    private final ClassAdminService classes;
    private final @Nullable ClassRow existing;
    private final Runnable onChange;
    private final TextField name = new TextField();
    private final TextField term = new TextField();
    private final Paragraph problem = new Paragraph();

    ClassDialog(ClassAdminService classes, @Nullable ClassRow existing, Runnable onChange) {
        this.classes = classes;
        this.existing = existing;
        this.onChange = onChange;
        setHeaderTitle(
                existing == null
                        ? getTranslation("classes.dialog.new")
                        : getTranslation("classes.dialog.rename", existing.name()));
        name.setLabel(getTranslation("classes.col.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(120);
        term.setLabel(getTranslation("classes.col.term"));
        term.setRequiredIndicatorVisible(true);
        term.setMaxLength(60);
        term.setPlaceholder(getTranslation("classes.term.placeholder"));
        if (existing != null) {
            name.setValue(existing.name());
            term.setValue(existing.term());
            term.setReadOnly(true);
        }
        problem.addClassName("form-problem");
        problem.setVisible(false);
        add(name, term, problem);
        var save = new Button(
                getTranslation(existing == null ? "classes.dialog.create" : "classes.dialog.save"), event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("classes.dialog.cancel"), event -> close()), save);
    }

    private void save() {
        try {
            if (existing == null) {
                classes.create(name.getValue(), term.getValue());
            } else {
                classes.rename(existing.id(), existing.version(), name.getValue());
            }
        } catch (RosterRejectedException e) {
            problem.setText(MessageText.of(this, e));
            problem.setVisible(true);
            return;
        }
        close();
        onChange.run();
    }
}
