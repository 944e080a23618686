package org.sourcework.responses.ui;

import com.vaadin.flow.component.html.Div;
import org.sourcework.lessons.ui.HeadnoteCard;

/** Before reading a further document of the lesson: its sourcing card and the questions asked on it. */
final class DocumentCardPage extends Div {

    DocumentCardPage(ReaderContext context, String documentId) {
        addClassName("reader-page");
        addClassName("start-page");
        var text = new Div(new HeadnoteCard(context.content().fromDocumentOf(documentId)));
        text.addClassName("reader-text");
        add(
                text,
                new QuestionPanel(
                        "reader.questions.before-reading", context.pages().questions(documentId), context, null));
    }
}
