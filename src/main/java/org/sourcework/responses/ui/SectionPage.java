package org.sourcework.responses.ui;

import com.vaadin.flow.component.html.Div;
import org.jspecify.annotations.Nullable;
import org.sourcework.lessons.ClaimEvidenceReasoning;
import org.sourcework.lessons.Evidence;
import org.sourcework.lessons.ExtendedText;
import org.sourcework.lessons.Section;
import org.sourcework.lessons.ui.AdaptedText;
import org.sourcework.lessons.ui.SourceText;

/**
 * One section: the source in the centre, its questions in a calmer panel beside it, and extended
 * writing in an area of its own under the text.
 */
final class SectionPage extends Div {

    /** @param pointed a sentence an instructor's comment points at, to mark and show, or null */
    SectionPage(ReaderContext context, Section section, @Nullable Integer pointed) {
        addClassName("reader-page");
        addClassName("section-page");
        var questions = context.pages().questions(section.id());
        // sentence numbers only where a question asks about sentences
        boolean numbered = pointed != null || questions.stream()
                .anyMatch(question -> question instanceof Evidence || question instanceof ClaimEvidenceReasoning
                        || context.content().comparison(question.id()).filter(c -> !c.sentences().isEmpty())
                                .isPresent());
        // a section of a further document is set with that document's title, notes and adapted text
        var document = context.content().fromDocumentOf(section.id());
        boolean first = document.document().sections().getFirst().id().equals(section.id());
        var source = new SourceText(document, section, new SourceText.Options(first, numbered));
        if (pointed != null) {
            source.point(pointed);
        }
        var adapted = document.adaptedText(section.id());
        var text = adapted.isEmpty() ? new Div(source)
                : new Div(new ReadingChoice(context, source, new AdaptedText(adapted), this));
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
