package org.sourcework.review.ui;

import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Span;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.ui.HeadnoteCard;
import org.sourcework.lessons.ui.LessonPages;
import org.sourcework.lessons.ui.SourceText;

/**
 * The part of the source a question is about, set as the reader sets it with numbered sentences
 * (or the headnote, for questions asked before reading). Marks the sentences an answer chose.
 */
final class SourcePane extends Aside {

    private final @Nullable SourceText text;

    SourcePane(LessonContent content, String sectionId) {
        addClassName("source-pane");
        // a section or sourcing card of a further document is set from that document, never the first
        var document = content.fromDocumentOf(sectionId);
        var title = LessonPages.documentTitle(content, sectionId);
        boolean beforeReading = LessonPages.isCard(content, sectionId);
        var label = new Span(title.map(name ->
                        getTranslation(beforeReading ? "review.source.headnote.of" : "review.source.label.of", name))
                .orElseGet(() -> getTranslation(beforeReading ? "review.source.headnote" : "review.source.label")));
        label.addClassName("source-pane-label");
        add(label);
        var section = document.document().section(sectionId);
        if (section.isPresent()) {
            text = new SourceText(document, section.get(), new SourceText.Options(false, true));
            add(text);
            getElement()
                    .setAttribute(
                            "aria-label",
                            title.map(name -> getTranslation(
                                            "review.source.aria.of",
                                            name,
                                            LessonPages.outline(content, sectionId)
                                                    .readerLabel(sectionId)))
                                    .orElseGet(() -> getTranslation(
                                            "review.source.aria", section.get().navLabel())));
        } else {
            text = null;
            add(new HeadnoteCard(document));
            getElement().setAttribute("aria-label", label.getText());
        }
        // a region that scrolls on its own must be reachable by keyboard
        getElement().setAttribute("tabindex", "0");
    }

    /** Marks the sentences and brings the first into view; an empty list clears the marks. */
    void highlight(Collection<Integer> sentences) {
        if (text == null) {
            return;
        }
        text.highlight(sentences);
        if (!sentences.isEmpty()) {
            var first = sentences.stream().min(Integer::compare).orElseThrow();
            getElement().executeJs("""
                    const sentence = this.querySelector('[data-sentence="' + $0 + '"]');
                    if (sentence) sentence.scrollIntoView({block: 'nearest', behavior: 'smooth'});
                    """, String.valueOf(first));
        }
    }

    List<Integer> highlighted() {
        return text == null ? List.of() : text.highlighted().stream().sorted().toList();
    }
}
