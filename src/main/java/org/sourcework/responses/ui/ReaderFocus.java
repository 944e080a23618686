package org.sourcework.responses.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import org.jspecify.annotations.Nullable;

/**
 * Where the keyboard focus goes in the reader: a skip link to the questions, the page heading after
 * moving to another page (Vaadin changes the page without a load, which would reset focus), and a
 * question the student was sent to from the submit dialog.
 */
final class ReaderFocus {

    private ReaderFocus() {}

    /** "Skip to the questions": the first stop on a page with questions, shown when focused. */
    static Anchor skipLink() {
        var link = new Anchor("#questions-heading", "");
        link.setText(link.getTranslation("reader.skip-to-questions"));
        link.addClassName("skip-link");
        // with Vaadin's <base href> a bare fragment would leave the page: the click is handled in install()
        link.getElement().setAttribute("router-ignore", true);
        return link;
    }

    /** Handles the skip link in the browser: focus moves to the questions' heading. */
    static void install(Component reader) {
        reader.getElement().executeJs("""
                if (this.__swSkip) return;
                this.__swSkip = true;
                this.addEventListener('click', e => {
                  const link = e.target.closest('a.skip-link');
                  if (!link) return;
                  e.preventDefault();
                  const target = this.querySelector('#questions-heading') || this.querySelector('#writing-heading');
                  if (!target) return;
                  target.setAttribute('tabindex', '-1');
                  target.scrollIntoView({block: 'start'});
                  target.focus({preventScroll: true});
                });
                """);
    }

    /**
     * After a page is built: the question the address names gets the focus; otherwise, when the
     * student came from another page of the reader, the page's heading does.
     */
    static void afterNavigation(Component reader, boolean navigated, @Nullable String questionId) {
        if (questionId != null) {
            reader.getElement().executeJs("""
                    const card = document.getElementById('question-' + $0);
                    if (!card) return;
                    card.setAttribute('tabindex', '-1');
                    requestAnimationFrame(() => {
                      card.scrollIntoView({block: 'center'});
                      card.focus({preventScroll: true});
                    });
                    """, questionId);
        } else if (navigated) {
            reader.getElement().executeJs("""
                    const heading = this.querySelector('.reader-page .section-heading')
                        || this.querySelector('.reader-page h2');
                    if (!heading) return;
                    heading.setAttribute('tabindex', '-1');
                    requestAnimationFrame(() => heading.focus());
                    """);
        }
    }
}
