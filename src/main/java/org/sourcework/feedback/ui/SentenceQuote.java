package org.sourcework.feedback.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Locale;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.Section;
import org.sourcework.lessons.ui.LessonPages;
import org.sourcework.responses.ui.ReaderView;
import org.sourcework.responses.ui.answers.TextTags.Quote;

/** The sentence of the source the comment points at, quoted, with the way to find it in the reader. */
final class SentenceQuote extends Div {

    SentenceQuote(FeedbackPage page, Question question, Section section, int number) {
        addClassName("sentence-ref");
        // "of section III.B", but "of the opening" for a part the editor named rather than numbered
        var document = LessonPages.documentTitle(page.content(), section.id());
        var code = LessonPages.outline(page.content(), section.id()).code(section.id());
        var named = LessonPages.editorName(page.content(), section.id());
        var label = new Span(
                document.isPresent()
                        ? named.map(editor ->
                                        getTranslation("feedback.sentence.named.of", number, editor, document.get()))
                                .orElseGet(() -> getTranslation("feedback.sentence.of", number, code, document.get()))
                        : section.editorLabel()
                                ? getTranslation(
                                        "feedback.sentence.named",
                                        number,
                                        section.navLabel().toLowerCase(Locale.ROOT))
                                : getTranslation("feedback.sentence", number, code));
        label.addClassName("sentence-ref-label");
        var text = section.sentence(number)
                .map(sentence -> sentence.text().strip())
                .orElse("");
        var quote = new Quote(new Span(text));
        quote.addClassName("sentence-quote");
        var link = new RouterLink(
                getTranslation("feedback.sentence.find", number),
                ReaderView.class,
                ReaderView.parameters(page.assignmentId(), question.sectionId()));
        link.setQueryParameters(QueryParameters.of(ReaderView.SENTENCE, String.valueOf(number)));
        link.addClassName("sentence-link");
        add(label, quote, link);
    }
}
