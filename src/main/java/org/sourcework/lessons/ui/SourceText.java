package org.sourcework.lessons.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.ui.Markup;
import org.sourcework.lessons.Footnote;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.PageMarker;
import org.sourcework.lessons.Section;
import org.sourcework.lessons.Sentence;

/**
 * One section of the source set as a book page: the heading as in the document, paragraphs of
 * sentences (each a span with {@code data-sentence}, numbered when a question asks about
 * sentences), page markers in the margin, glossary terms explained in a popover, and the notes
 * the page refers to, linked both ways. The page is one piece of markup, so that a student's page
 * costs the server a few nodes rather than one for each sentence and word; all text in it is
 * escaped, never read as markup. Choosing a sentence and marking the chosen ones happen on that one
 * element.
 */
public class SourceText extends Article {

    /** Which clicks in the text choose a sentence: on a sentence, but not on a glossary term or a note reference in it. */
    public static final String SENTENCE_CLICK =
            "event.target.closest('.sentence') && !event.target.closest('a, .glossary-term')";
    /** What such a click sends to the server: the sentence's number, read in the browser. */
    public static final String CLICKED_SENTENCE = "+event.target.closest('.sentence').dataset.sentence";

    /**
     * How the page is set.
     * @param withTitle show the document's title first (on its first page)
     * @param pointed a sentence an instructor's comment points at, marked and brought into view, or null
     */
    public record Options(
            boolean withTitle,
            boolean numberedSentences,
            @Nullable Integer pointed) {

        public Options(boolean withTitle, boolean numberedSentences) {
            this(withTitle, numberedSentences, null);
        }
    }

    private final List<Integer> sentences = new ArrayList<>();
    private final Set<Integer> highlighted = new TreeSet<>();
    private final Div page = new Div();
    private final @Nullable Integer pointed;
    private final boolean withFocusableParts;

    public SourceText(LessonContent content, Section section, Options options) {
        addClassName("source-text");
        if (options.numberedSentences()) {
            addClassName("numbered");
        }
        var popovers = new Div();
        var inlines = new InlineRenderer(content.glossary(), popovers);
        var markup = new Markup();
        if (options.withTitle()) {
            markup.open("h2", "class", "document-title");
            inlines.render(content.document().title(), markup);
            markup.close("h2");
        }
        heading(markup, new SectionOutline(content.document()).path(section.id()), options.withTitle());
        markup.open("div", "class", "source-body");
        section.blocks().forEach(block -> {
            switch (block) {
                case org.sourcework.lessons.Paragraph paragraph -> {
                    if (paragraph.runInLabel() != null) {
                        // the source's own label for a paragraph: a heading, never numbered or chosen as evidence
                        markup.element("h3", paragraph.runInLabel(), "class", "run-in-label");
                    }
                    paragraph(markup, paragraph.sentences(), inlines, options);
                }
                case PageMarker marker -> InlineRenderer.pageMarker(marker, true, markup);
            }
        });
        markup.close("div");
        var notes = section.blocks().isEmpty() && section.children().isEmpty()
                ? content.document().footnotes()
                : inlines.footnotes().stream()
                        .flatMap(label -> content.document().footnote(label).stream())
                        .toList();
        if (!notes.isEmpty()) {
            notes(
                    markup,
                    notes,
                    !inlines.footnotes().isEmpty(),
                    !section.blocks().isEmpty());
        }
        pointed = options.pointed() != null && sentences.contains(options.pointed()) ? options.pointed() : null;
        markup.into(page);
        page.addClassName("source-page");
        inlines.explainTerms();
        withFocusableParts = inlines.hasTerms() || !inlines.footnotes().isEmpty();
        popovers.addClassName("glossary-popovers");
        add(page, popovers);
    }

    static String noteId(String label) {
        return "note-" + label;
    }

    static String refId(String label) {
        return "note-ref-" + label;
    }

    /** Sentence numbers of this section, in order. */
    public Collection<Integer> sentenceNumbers() {
        return List.copyOf(sentences);
    }

    /** Lets the reader choose a sentence by clicking it (the list beside the text is the keyboard way). */
    public void onSentenceClick(IntConsumer listener) {
        page.addClassName("choosable");
        page.getElement()
                .addEventListener(
                        "click",
                        event -> listener.accept(
                                event.getEventData().get(CLICKED_SENTENCE).asInt()))
                .addEventData(CLICKED_SENTENCE)
                .setFilter(SENTENCE_CLICK);
    }

    /** Marks the chosen sentences, for evidence questions. */
    public void highlight(Collection<Integer> numbers) {
        highlighted.clear();
        highlighted.addAll(numbers);
        if (isAttached()) {
            markChosen();
        }
    }

    /** Whether the keyboard can stop anywhere in the page (a glossary term, a note or its link). */
    public boolean hasFocusableParts() {
        return withFocusableParts;
    }

    public Set<Integer> highlighted() {
        return Set.copyOf(highlighted);
    }

    private void markChosen() {
        page.getElement()
                .executeJs(
                        """
                        const chosen = new Set($0.split(' '));
                        this.querySelectorAll('.sentence').forEach(s => s.classList.toggle('chosen', chosen.has(s.dataset.sentence)));
                        """,
                        String.join(
                                " ", highlighted.stream().map(String::valueOf).toList()));
    }

    private void heading(Markup markup, List<Section> path, boolean belowTitle) {
        var section = path.getLast();
        markup.open(
                "h2",
                "class",
                "section-heading" + (section.editorLabel() ? " editor-label" : "")
                        + (belowTitle ? " below-title" : ""));
        if (path.size() > 1) {
            markup.element(
                    "span",
                    String.join(
                                    " ",
                                    path.subList(0, path.size() - 1).stream()
                                            .map(Section::headingText)
                                            .toList())
                            + " ",
                    "class",
                    "running-head");
        }
        markup.text(section.editorLabel() ? SectionOutline.editorial(section.headingText()) : section.headingText());
        if (section.editorLabel()) {
            markup.element("span", " " + getTranslation("source.editor-title"), "class", "editor-note");
        }
        markup.close("h2");
    }

    private void paragraph(Markup markup, List<Sentence> parts, InlineRenderer inlines, Options options) {
        markup.open("p", "class", "source-paragraph");
        boolean first = true;
        for (var sentence : parts) {
            var number = String.valueOf(sentence.number());
            if (!first) {
                markup.text(" ");
            }
            first = false;
            boolean isPointed = Integer.valueOf(sentence.number()).equals(options.pointed());
            markup.open(
                    "span",
                    "class",
                    isPointed ? "sentence pointed" : "sentence",
                    "data-sentence",
                    number,
                    "id",
                    isPointed ? "sentence-" + number : null);
            if (options.numberedSentences()) {
                markup.open("span", "class", "sentence-number")
                        .element("span", getTranslation("source.sentence-prefix") + " ", "class", "sr-only")
                        .text(number)
                        .close("span");
            }
            inlines.render(sentence.parts(), markup);
            markup.close("span");
            sentences.add(sentence.number());
        }
        markup.close("p");
    }

    private void notes(Markup markup, List<Footnote> footnotes, boolean withBackLinks, boolean withHeading) {
        markup.open(
                "aside",
                "class",
                withHeading ? "source-notes" : "source-notes notes-page",
                "aria-label",
                getTranslation("source.notes"));
        if (withHeading) {
            markup.element("span", getTranslation("source.notes"), "class", "source-notes-heading");
        }
        markup.open("ul", "class", "source-notes-list");
        footnotes.forEach(footnote -> {
            markup.open("li", "id", noteId(footnote.label()), "tabindex", "-1")
                    .element("span", footnote.label(), "class", "note-label")
                    .text(" " + footnote.text());
            if (withBackLinks) {
                markup.text(" ")
                        .element(
                                "a",
                                "↩",
                                "class",
                                "note-back",
                                "href",
                                "#" + refId(footnote.label()),
                                "data-jump",
                                refId(footnote.label()),
                                "router-ignore",
                                "",
                                "aria-label",
                                getTranslation("source.note-back", footnote.label()));
            }
            markup.close("li");
        });
        markup.close("ul").close("aside");
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
        if (!highlighted.isEmpty()) {
            markChosen();
        }
        if (pointed != null) {
            page.getElement()
                    .executeJs(
                            "const s = this.querySelector('#sentence-' + $0); if (s) requestAnimationFrame(() => s.scrollIntoView({block: 'center'}))",
                            pointed);
        }
    }
}
