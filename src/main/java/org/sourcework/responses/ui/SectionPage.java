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
        boolean numbered = pointed != null
                || questions.stream()
                        .anyMatch(question -> question instanceof Evidence
                                || question instanceof ClaimEvidenceReasoning
                                || context.content()
                                        .comparison(question.id())
                                        .filter(c -> !c.sentences().isEmpty())
                                        .isPresent());
        // a section of a further document is set with that document's title, notes and adapted text
        var document = context.content().fromDocumentOf(section.id());
        boolean first = document.document().sections().getFirst().id().equals(section.id());
        var source = new SourceText(document, section, new SourceText.Options(first, numbered, pointed));
        var adapted = document.adaptedText(section.id());
        var text = adapted.isEmpty()
                ? new Div(source)
                : new Div(new ReadingChoice(context, source, new AdaptedText(adapted), this));
        text.addClassName("reader-text");
        // side by side the text scrolls on its own (reader.css): a named region the keyboard can reach.
        // Focusable itself only when nothing in it is, as a click would focus it and scroll it mid-click.
        if (!source.hasFocusableParts() && adapted.isEmpty()) {
            text.getElement().setAttribute("tabindex", "0");
        }
        text.getElement().setAttribute("role", "region");
        text.getElement().setAttribute("aria-label", getTranslation("reader.text-region"));
        add(text);
        addAttachListener(event -> followQuestions());
        var beside = questions.stream()
                .filter(question -> !(question instanceof ExtendedText))
                .toList();
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

    /**
     * While the text stays beside the questions, focusing a question scrolls the text to the sentence
     * it points at ({@code data-sentences} of the card; for an evidence option, that option's
     * sentence) and marks the sentences. Below the text on a phone nothing moves.
     */
    private void followQuestions() {
        getElement().executeJs("""
                if (this.__swFollow) return;
                this.__swFollow = true;
                let lastCard = null;
                this.addEventListener('focusin', e => {
                  const text = this.querySelector(':scope > .reader-text');
                  const card = e.target.closest('.question-card');
                  if (!text || !card || getComputedStyle(text).position !== 'sticky') return;
                  const option = e.target.closest('vaadin-radio-button, vaadin-checkbox');
                  const list = option && option.closest('.evidence-list');
                  let numbers;
                  if (list) {
                    const options = [...list.querySelectorAll('vaadin-radio-button, vaadin-checkbox')];
                    numbers = [(list.dataset.sentences || '').split(',')[options.indexOf(option)]];
                  } else if (card !== lastCard && card.dataset.sentences) {
                    numbers = card.dataset.sentences.split(',');
                  }
                  lastCard = card;
                  if (!numbers || !numbers[0]) return;
                  const find = n => text.querySelector('.source-text .sentence[data-sentence="' + n + '"]');
                  text.querySelectorAll('.sentence.referenced').forEach(s => s.classList.remove('referenced'));
                  numbers.map(find).filter(Boolean).forEach(s => s.classList.add('referenced'));
                  const first = find(numbers[0]);
                  if (!first) return;
                  // into the part of the text box that is on screen; the box itself may start lower down
                  const box = text.getBoundingClientRect();
                  const header = document.querySelector('.app-header');
                  const covered = header && header.getBoundingClientRect().top < 8 ? header.getBoundingClientRect().bottom : 0;
                  const visibleTop = Math.max(box.top, covered);
                  const visibleBottom = Math.min(box.bottom, innerHeight);
                  const at = first.getBoundingClientRect();
                  if (at.top >= visibleTop && at.bottom <= visibleBottom) return;
                  text.scrollBy({top: at.top - visibleTop - (visibleBottom - visibleTop) / 3});
                  const now = first.getBoundingClientRect();
                  if (now.top < covered || now.bottom > innerHeight) first.scrollIntoView({block: 'nearest'});
                });
                """);
    }
}
