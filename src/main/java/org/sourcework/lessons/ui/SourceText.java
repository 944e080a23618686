package org.sourcework.lessons.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.sourcework.lessons.Footnote;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.PageMarker;
import org.sourcework.lessons.Section;
import org.sourcework.lessons.Sentence;

/**
 * One section of the source set as a book page: the heading as in the document, paragraphs of
 * sentences (each a span with {@code data-sentence}, numbered when a question asks about
 * sentences), page markers in the margin, glossary terms explained in a popover, and the notes
 * the page refers to, linked both ways. All text is set as text, never as markup.
 */
public class SourceText extends Article {

    /** How the page is set. @param withTitle show the document's title first (on its first page) */
    public record Options(boolean withTitle, boolean numberedSentences) {}

    private final Map<Integer, Span> sentences = new LinkedHashMap<>();
    private final Set<Integer> highlighted = new HashSet<>();
    private final Div popovers = new Div();
    private final boolean withFocusableParts;

    public SourceText(LessonContent content, Section section, Options options) {
        addClassName("source-text");
        if (options.numberedSentences()) {
            addClassName("numbered");
        }
        var inlines = new InlineRenderer(content.glossary(), popovers);
        if (options.withTitle()) {
            var title = new H2();
            title.addClassName("document-title");
            inlines.render(content.document().title(), title);
            add(title);
        }
        add(heading(new SectionOutline(content.document()).path(section.id()), options.withTitle()));
        var body = new Div();
        body.addClassName("source-body");
        section.blocks().forEach(block -> {
            switch (block) {
                case org.sourcework.lessons.Paragraph paragraph -> {
                    if (paragraph.runInLabel() != null) {
                        body.add(runInLabel(paragraph.runInLabel()));
                    }
                    body.add(paragraph(paragraph.sentences(), inlines, options.numberedSentences()));
                }
                case PageMarker marker -> body.add(InlineRenderer.pageMarker(marker, true));
            }
        });
        add(body);
        var notes = section.blocks().isEmpty() && section.children().isEmpty()
                ? content.document().footnotes()
                : inlines.footnotes().stream()
                        .flatMap(label -> content.document().footnote(label).stream())
                        .toList();
        if (!notes.isEmpty()) {
            add(notes(notes, !inlines.footnotes().isEmpty(), !section.blocks().isEmpty()));
        }
        inlines.joinTerms();
        withFocusableParts = inlines.hasTerms() || !inlines.footnotes().isEmpty();
        popovers.addClassName("glossary-popovers");
        add(popovers);
    }

    static String noteId(String label) {
        return "note-" + label;
    }

    static String refId(String label) {
        return "note-ref-" + label;
    }

    /** Sentence numbers of this section, in order. */
    public Collection<Integer> sentenceNumbers() {
        return sentences.keySet();
    }

    /** Lets the reader choose a sentence by clicking it (the list beside the text is the keyboard way). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void onSentenceClick(IntConsumer listener) {
        sentences.forEach((number, span) -> {
            span.addClassName("choosable");
            // a click on a glossary term or a note reference inside the sentence is not a choice
            ComponentUtil.addListener(
                    span,
                    ClickEvent.class,
                    (ComponentEventListener) event -> listener.accept(number),
                    registration -> registration.setFilter("!event.target.closest('a, .glossary-term')"));
        });
    }

    /** Marks the chosen sentences, for evidence questions. */
    public void highlight(Collection<Integer> numbers) {
        highlighted.clear();
        highlighted.addAll(numbers);
        sentences.forEach((number, span) -> span.setClassName("chosen", highlighted.contains(number)));
    }

    /**
     * Marks the sentence an instructor's comment points at and brings it into view; nothing happens
     * for a number the section does not have.
     */
    public void point(int number) {
        var span = sentences.get(number);
        if (span == null) {
            return;
        }
        span.addClassName("pointed");
        span.setId("sentence-" + number);
        span.getElement().executeJs("requestAnimationFrame(() => this.scrollIntoView({block: 'center'}))");
    }

    /** Whether the keyboard can stop anywhere in the page (a glossary term, a note or its link). */
    public boolean hasFocusableParts() {
        return withFocusableParts;
    }

    public Set<Integer> highlighted() {
        return Set.copyOf(highlighted);
    }

    private H2 heading(List<Section> path, boolean belowTitle) {
        var section = path.getLast();
        var heading = new H2();
        heading.addClassName("section-heading");
        if (section.editorLabel()) {
            heading.addClassName("editor-label");
        }
        if (path.size() > 1) {
            var running = new Span(String.join(
                            " ",
                            path.subList(0, path.size() - 1).stream()
                                    .map(Section::headingText)
                                    .toList())
                    + " ");
            running.addClassName("running-head");
            heading.add(running);
        }
        heading.add(new Text(
                section.editorLabel() ? SectionOutline.editorial(section.headingText()) : section.headingText()));
        if (section.editorLabel()) {
            var note = new Span(" " + getTranslation("source.editor-title"));
            note.addClassName("editor-note");
            heading.add(note);
        }
        if (belowTitle) {
            heading.addClassName("below-title");
        }
        return heading;
    }

    /** The source's own label for a paragraph: a heading, so it is never numbered or chosen as evidence. */
    private static H3 runInLabel(String label) {
        var heading = new H3(label);
        heading.addClassName("run-in-label");
        return heading;
    }

    private Paragraph paragraph(List<Sentence> parts, InlineRenderer inlines, boolean numbered) {
        var paragraph = new Paragraph();
        paragraph.addClassName("source-paragraph");
        for (var sentence : parts) {
            var span = new Span();
            span.addClassName("sentence");
            span.getElement().setAttribute("data-sentence", String.valueOf(sentence.number()));
            if (numbered) {
                var hidden = new Span(getTranslation("source.sentence-prefix") + " ");
                hidden.addClassName("sr-only");
                var number = new Span(hidden, new Text(String.valueOf(sentence.number())));
                number.addClassName("sentence-number");
                span.add(number);
            }
            inlines.render(sentence.parts(), span);
            sentences.put(sentence.number(), span);
            if (paragraph.getComponentCount() > 0) {
                paragraph.add(new Text(" "));
            }
            paragraph.add(span);
        }
        return paragraph;
    }

    private Aside notes(List<Footnote> footnotes, boolean withBackLinks, boolean withHeading) {
        var list = new UnorderedList();
        list.addClassName("source-notes-list");
        footnotes.forEach(footnote -> {
            var label = new Span(footnote.label());
            label.addClassName("note-label");
            var item = new ListItem(label, new Text(" " + footnote.text()));
            item.setId(noteId(footnote.label()));
            item.getElement().setAttribute("tabindex", "-1");
            if (withBackLinks) {
                var back = new Anchor("#" + refId(footnote.label()), "↩");
                back.addClassName("note-back");
                back.getElement().setAttribute("data-jump", refId(footnote.label()));
                back.getElement().setAttribute("router-ignore", true);
                back.getElement().setAttribute("aria-label", getTranslation("source.note-back", footnote.label()));
                item.add(new Text(" "), back);
            }
            list.add(item);
        });
        var notes = new Aside();
        notes.addClassName("source-notes");
        if (withHeading) {
            var heading = new Span(getTranslation("source.notes"));
            heading.addClassName("source-notes-heading");
            notes.add(heading);
        } else {
            notes.addClassName("notes-page");
        }
        notes.add(list);
        notes.getElement().setAttribute("aria-label", getTranslation("source.notes"));
        return notes;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // In-page links: with Vaadin's <base href> a bare "#note-1" would leave the page, so move
        // focus and scroll in the browser instead.
        getElement().executeJs("""
                if (this.__swJump) return;
                this.__swJump = true;
                this.addEventListener('click', e => {
                  const link = e.target.closest('a[data-jump]');
                  if (!link) return;
                  const target = document.getElementById(link.dataset.jump);
                  if (!target) return;
                  e.preventDefault();
                  target.scrollIntoView({block: 'center'});
                  target.focus({preventScroll: true});
                });
                """);
        InlineRenderer.moveBetweenTerms(this);
    }
}
