package org.sourcework.responses.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import org.sourcework.base.ui.Markup;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.ui.CompareWithPanel;
import org.sourcework.lessons.ui.HeadnoteCard;

/** Before reading: the central question, the headnote, and the sourcing questions. */
final class StartPage extends Div {

    StartPage(ReaderContext context) {
        addClassName("reader-page");
        addClassName("start-page");
        var content = context.content();
        var central = new Section();
        central.addClassName("central-question");
        new Markup()
                .element("span", getTranslation("reader.central-question"), "class", "central-question-kicker")
                .element("p", content.centralQuestion().strip(), "class", "central-question-text")
                .into(central);
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
