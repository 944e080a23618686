package org.sourcework.responses.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.sourcework.lessons.Question;

/**
 * "Hand in revised answer": once the revision is saved, the student hands it in and it is
 * read-only again. Refuses while a change is not saved, so the instructor never gets an old text.
 */
final class RevisionHandIn extends Div {

    private final Paragraph problem = new Paragraph();

    RevisionHandIn(ReaderContext context, Question question, AnswerSaver saver) {
        addClassName("revision-hand-in");
        var button = new Button(getTranslation("reader.revision.hand-in"), event -> {
            if (saver.hasUnsavedValue()
                    || !(saver.state() == AnswerSaver.State.SAVED || saver.state() == AnswerSaver.State.EMPTY)) {
                problem.setText(getTranslation("reader.revision.not-saved"));
                problem.setVisible(true);
                return;
            }
            context.handInRevision().accept(question.id());
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClassName("hand-in-revision");
        problem.addClassName("revision-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(button, problem);
    }
}
