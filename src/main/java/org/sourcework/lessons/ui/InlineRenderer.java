package org.sourcework.lessons.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;
import org.sourcework.base.ui.Markup;
import org.sourcework.lessons.GlossaryTerm;
import org.sourcework.lessons.Inline;
import org.sourcework.lessons.PageMarker;

/**
 * Writes the pieces of a sentence or heading as markup: words as text (escaped, never markup),
 * glossary terms as focusable marks explained in a popover, page markers as margin labels and
 * footnote references as links to the note. Remembers which footnotes the page refers to.
 */
final class InlineRenderer {

    private final GlossaryMarker glossary;
    private final Div popovers;
    private final SequencedSet<String> footnotes = new LinkedHashSet<>();
    private final List<GlossaryTerm> terms = new ArrayList<>();

    /** @param popovers where the terms' explanations go */
    InlineRenderer(List<GlossaryTerm> glossary, Div popovers) {
        this.glossary = new GlossaryMarker(glossary);
        this.popovers = popovers;
    }

    void render(List<Inline> parts, Markup target) {
        for (var part : parts) {
            switch (part) {
                case Inline.Text(String words) ->
                    glossary.split(words).forEach(piece -> {
                        if (piece.term() == null) {
                            target.text(piece.text());
                        } else {
                            term(piece.text(), piece.term(), target);
                        }
                    });
                case PageMarker marker -> pageMarker(marker, false, target);
                case Inline.FootnoteRef(String label) -> footnoteRef(label, target);
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
     * Adds each marked term's explanation, once all are written. The page's terms are one stop for
     * Tab: the first is reached by Tab (it alone has tabindex 0), the others by the arrow keys from
     * there ({@link #moveBetweenTerms}), and each explanation then says so.
     */
    void explainTerms() {
        for (int i = 0; i < terms.size(); i++) {
            var term = terms.get(i);
            var content = new Markup()
                    .element("span", term.term(), "class", "glossary-name")
                    .element("p", term.definition(), "class", "glossary-definition");
            if (terms.size() > 1) {
                content.element("p", popovers.getTranslation("source.glossary-keys"), "class", "glossary-keys");
            }
            var holder = new Div();
            content.into(holder);
            var popover = new Popover(holder);
            popover.addClassName("glossary-popover");
            popover.setOpenOnClick(true);
            popover.setOpenOnFocus(true);
            popover.setOpenOnHover(false);
            popover.setPosition(PopoverPosition.BOTTOM);
            popover.setAriaLabel(popover.getTranslation("source.glossary-label", term.term()));
            popover.setWidth("min(22rem, 90vw)");
            popovers.add(popover);
        }
    }

    /**
     * In the browser, each time {@code holder} is shown: the n-th explanation opens from the n-th
     * term (the terms carry no ids, so the same passage is the same markup for every student and kept
     * once on the server, see {@link Markup#into}); the arrow keys, Home and End move from one
     * glossary term to another, and Enter or Space opens the focused term's explanation.
     */
    static void moveBetweenTerms(Component holder) {
        holder.getElement().executeJs("""
                const allTerms = [...this.querySelectorAll('.glossary-term')];
                this.querySelectorAll('.glossary-popovers > vaadin-popover').forEach((p, i) => { p.target = allTerms[i]; });
                if (this.__swTerms) return;
                this.__swTerms = true;
                const keys = {ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1};
                this.addEventListener('keydown', e => {
                  const term = e.target.closest && e.target.closest('.glossary-term');
                  if (!term) return;
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    const popover = [...this.querySelectorAll('vaadin-popover')].find(p => p.target === term);
                    if (popover) popover.opened = true;
                    return;
                  }
                  if (!(e.key in keys || e.key === 'Home' || e.key === 'End')) return;
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

    static void pageMarker(PageMarker marker, boolean block, Markup target) {
        var holder = block ? "div" : "span";
        target.open(holder, "class", block ? "page-marker-block" : "page-break")
                .element(
                        "span",
                        marker.page().matches("\\d+") ? "p. " + marker.page() : marker.page(),
                        "class",
                        "page-marker")
                .close(holder);
    }

    private void footnoteRef(String label, Markup target) {
        var first = footnotes.add(label);
        target.element(
                "a",
                label,
                "class",
                "footnote-ref",
                "href",
                "#" + SourceText.noteId(label),
                "data-jump",
                SourceText.noteId(label),
                "router-ignore",
                "",
                "aria-label",
                popovers.getTranslation("source.footnote-ref", label),
                "id",
                first ? SourceText.refId(label) : null);
    }

    private void term(String words, GlossaryTerm term, Markup target) {
        target.element(
                "span", words, "class", "glossary-term", "tabindex", terms.isEmpty() ? "0" : "-1", "role", "button");
        terms.add(term);
    }
}
