package org.sourcework.lessons.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;
import org.sourcework.lessons.GlossaryTerm;
import org.sourcework.lessons.Inline;
import org.sourcework.lessons.PageMarker;

/**
 * Turns the pieces of a sentence or heading into components: words as text nodes (never markup),
 * glossary terms as focusable marks with a popover, page markers as margin labels and footnote
 * references as links to the note. Remembers which footnotes the page refers to.
 */
final class InlineRenderer {

    private final GlossaryMarker glossary;
    private final HasComponents popovers;
    private final SequencedSet<String> footnotes = new LinkedHashSet<>();
    private final List<Span> terms = new ArrayList<>();
    private final List<Popover> termPopovers = new ArrayList<>();

    InlineRenderer(List<GlossaryTerm> glossary, HasComponents popovers) {
        this.glossary = new GlossaryMarker(glossary);
        this.popovers = popovers;
    }

    void render(List<Inline> parts, HasComponents target) {
        for (var part : parts) {
            switch (part) {
                case Inline.Text(String words) ->
                    glossary.split(words)
                            .forEach(piece -> target.add(
                                    piece.term() == null ? new Text(piece.text()) : term(piece.text(), piece.term())));
                case PageMarker marker -> target.add(pageMarker(marker, false));
                case Inline.FootnoteRef(String label) -> target.add(footnoteRef(label));
            }
        }
    }

    /** The footnote labels referred to so far, in order of first reference. */
    SequencedSet<String> footnotes() {
        return footnotes;
    }

    boolean hasTerms() {
        return !terms.isEmpty();
    }

    /**
     * Makes the page's glossary terms one stop for Tab: the first is reached by Tab, the others by
     * the arrow keys from there (SourceText handles the keys), and each explanation says so.
     */
    void joinTerms() {
        if (terms.isEmpty()) {
            return;
        }
        terms.getFirst().getElement().setAttribute("tabindex", "0");
        if (terms.size() > 1) {
            termPopovers.forEach(popover -> {
                var hint = new Paragraph(popover.getTranslation("source.glossary-keys"));
                hint.addClassName("glossary-keys");
                popover.add(hint);
            });
        }
    }

    /** In the browser: the arrow keys, Home and End move from one glossary term of {@code holder} to another. */
    static void moveBetweenTerms(Component holder) {
        holder.getElement().executeJs("""
                if (this.__swTerms) return;
                this.__swTerms = true;
                const keys = {ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1};
                this.addEventListener('keydown', e => {
                  const term = e.target.closest && e.target.closest('.glossary-term');
                  if (!term || !(e.key in keys || e.key === 'Home' || e.key === 'End')) return;
                  const terms = [...this.querySelectorAll('.glossary-term')];
                  let next = terms.indexOf(term);
                  next = e.key === 'Home' ? 0 : e.key === 'End' ? terms.length - 1
                      : (next + keys[e.key] + terms.length) % terms.length;
                  e.preventDefault();
                  terms.forEach(each => each.setAttribute('tabindex', each === terms[next] ? '0' : '-1'));
                  terms[next].focus();
                });
                """);
    }

    static Component pageMarker(PageMarker marker, boolean block) {
        var label = new Span(marker.page().matches("\\d+") ? "p. " + marker.page() : marker.page());
        label.addClassName("page-marker");
        var holder = block ? new Div(label) : new Span(label);
        holder.addClassName(block ? "page-marker-block" : "page-break");
        return holder;
    }

    private Component footnoteRef(String label) {
        var first = footnotes.add(label);
        var link = new Anchor("#" + SourceText.noteId(label), label);
        link.addClassName("footnote-ref");
        link.getElement().setAttribute("data-jump", SourceText.noteId(label));
        link.getElement().setAttribute("router-ignore", true);
        link.getElement().setAttribute("aria-label", link.getTranslation("source.footnote-ref", label));
        if (first) {
            link.setId(SourceText.refId(label));
        }
        return link;
    }

    private Component term(String words, GlossaryTerm term) {
        var mark = new Span(words);
        mark.addClassName("glossary-term");
        mark.getElement().setAttribute("tabindex", "-1");
        mark.getElement().setAttribute("role", "button");
        var name = new Span(term.term());
        name.addClassName("glossary-name");
        var definition = new Paragraph(term.definition());
        definition.addClassName("glossary-definition");
        var popover = new Popover(name, definition);
        popover.addClassName("glossary-popover");
        popover.setTarget(mark);
        popover.setOpenOnClick(true);
        popover.setOpenOnFocus(true);
        popover.setOpenOnHover(false);
        popover.setPosition(PopoverPosition.BOTTOM);
        popover.setAriaLabel(mark.getTranslation("source.glossary-label", term.term()));
        popover.setWidth("min(22rem, 90vw)");
        mark.getElement()
                .addEventListener("keydown", event -> popover.open())
                .setFilter("event.key === 'Enter' || event.key === ' '")
                .preventDefault();
        popovers.add(popover);
        terms.add(mark);
        termPopovers.add(popover);
        return mark;
    }
}
