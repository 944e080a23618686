package org.sourcework.feedback.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.sourcework.lessons.Question;
import org.sourcework.responses.ui.ReaderView;

/** The instructor asked for a revision that is not handed in yet: the way to the answer in the lesson. */
final class RevisionCall extends Div {

    RevisionCall(FeedbackPage page, Question question) {
        addClassName("revision-call");
        var text = new Paragraph(getTranslation("feedback.revision.asked"));
        var revise = new Button(
                getTranslation("feedback.revision.revise"),
                VaadinIcon.EDIT.create(),
                event -> UI.getCurrent()
                        .navigate(ReaderView.class, ReaderView.parameters(page.assignmentId(), question.sectionId())));
        revise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        revise.addClassName("revise-answer");
        add(text, revise);
    }
}
