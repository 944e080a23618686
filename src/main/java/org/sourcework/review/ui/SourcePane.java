package org.sourcework.review.ui;

import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Span;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.ui.HeadnoteCard;
import org.sourcework.lessons.ui.SourceText;

/**
 * The part of the source a question is about, set as the reader sets it with numbered sentences
 * (or the headnote, for questions asked before reading). Marks the sentences an answer chose.
 */
final class SourcePane extends Aside {

    private final @Nullable SourceText text;

    SourcePane(LessonContent content, String sectionId) {
        addClassName("source-pane");
        var label = new Span(getTranslation(LessonContent.HEADNOTE.equals(sectionId) ? "review.source.headnote"
                : "review.source.label"));
        label.addClassName("source-pane-label");
        add(label);
        var section = content.section(sectionId);
        if (section.isPresent()) {
            text = new SourceText(content, section.get(), new SourceText.Options(false, true));
            add(text);
            getElement().setAttribute("aria-label", getTranslation("review.source.aria", section.get().navLabel()));
        } else {
            text = null;
            add(new HeadnoteCard(content));
            getElement().setAttribute("aria-label", getTranslation("review.source.headnote"));
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
