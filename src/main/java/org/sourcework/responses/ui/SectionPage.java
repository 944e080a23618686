package org.sourcework.responses.ui;

import com.vaadin.flow.component.html.Div;
import org.sourcework.lessons.ClaimEvidenceReasoning;
import org.sourcework.lessons.Evidence;
import org.sourcework.lessons.ExtendedText;
import org.sourcework.lessons.Section;
import org.sourcework.lessons.ui.SourceText;

/**
 * One section: the source in the centre, its questions in a calmer panel beside it, and extended
 * writing in an area of its own under the text.
 */
final class SectionPage extends Div {

    SectionPage(ReaderContext context, Section section) {
        addClassName("reader-page");
        addClassName("section-page");
        var questions = context.pages().questions(section.id());
        // sentence numbers only where a question asks about sentences
        boolean numbered = questions.stream()
                .anyMatch(question -> question instanceof Evidence || question instanceof ClaimEvidenceReasoning);
        boolean first = context.content().document().sections().getFirst().id().equals(section.id());
        var source = new SourceText(context.content(), section, new SourceText.Options(first, numbered));
        var text = new Div(source);
        text.addClassName("reader-text");
        add(text);
        var beside = questions.stream().filter(question -> !(question instanceof ExtendedText)).toList();
        var writing = questions.stream().filter(ExtendedText.class::isInstance).toList();
        if (beside.isEmpty()) {
            addClassName("without-questions");
        } else {
            add(new QuestionPanel("reader.questions.section", beside, context, source));
        }
        if (!writing.isEmpty()) {
            addClassName("with-writing");
            add(new WritingPanel(writing, context));
        }
    }
}
