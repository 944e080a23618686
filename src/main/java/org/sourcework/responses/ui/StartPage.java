package org.sourcework.responses.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.ui.CompareWithPanel;
import org.sourcework.lessons.ui.HeadnoteCard;

/** Before reading: the central question, the headnote, and the sourcing questions. */
final class StartPage extends Div {

    StartPage(ReaderContext context) {
        addClassName("reader-page");
        addClassName("start-page");
        var content = context.content();
        var kicker = new Span(getTranslation("reader.central-question"));
        kicker.addClassName("central-question-kicker");
        var question = new Paragraph(content.centralQuestion().strip());
        question.addClassName("central-question-text");
        var central = new Section(kicker, question);
        central.addClassName("central-question");
        central.setAriaLabel(getTranslation("reader.central-question"));
        var text = new Div(central, new HeadnoteCard(content));
        if (!content.related().isEmpty()) {
            text.add(new CompareWithPanel(content.related()));
        }
        text.addClassName("reader-text");
        add(
                text,
                new QuestionPanel(
                        "reader.questions.before-reading",
                        content.questionsFor(LessonContent.HEADNOTE),
                        context,
                        null));
    }
}
