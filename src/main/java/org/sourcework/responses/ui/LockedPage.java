package org.sourcework.responses.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** A gated section that is not open yet, with why and where to go instead. */
final class LockedPage extends Div {

    LockedPage(ReaderContext context, String blockedBy) {
        addClassName("reader-page");
        addClassName("locked-page");
        var label = context.pages().label(context.pageId(), getTranslation("reader.headnote-page"));
        var blocker = context.pages().label(blockedBy, getTranslation("reader.headnote-page"));
        var go = new Button(
                getTranslation("reader.locked.go", blocker),
                event -> UI.getCurrent()
                        .navigate(ReaderView.class, ReaderView.parameters(context.assignmentId(), blockedBy)));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H2(getTranslation("reader.locked.title", label)),
                new Paragraph(getTranslation("reader.locked.text", blocker)),
                go);
    }
}
