package org.sourcework.responses.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Collection;

/** "Submit your answers?", listing the questions still unanswered, by section and prompt. */
final class SubmitDialog extends ConfirmDialog {

    private static final int PROMPT_LENGTH = 110;

    SubmitDialog(ReaderContext context, Collection<String> unanswered, Runnable submit) {
        addClassName("submit-dialog");
        setHeader(getTranslation("reader.submit.title"));
        var body = new Div();
        if (unanswered.isEmpty()) {
            body.add(new Paragraph(getTranslation("reader.submit.all-answered")));
        } else {
            var intro = new Paragraph(getTranslation("reader.submit.unanswered", unanswered.size()));
            intro.setId("unanswered-intro");
            body.add(intro);
            var list = new UnorderedList();
            list.addClassName("unanswered-list");
            list.getElement().setAttribute("aria-labelledby", "unanswered-intro");
            var headnote = getTranslation("reader.headnote-page");
            context.content().questions().stream()
                    .filter(question -> unanswered.contains(question.id()))
                    .forEach(question -> {
                        var section = new Span(context.pages().label(question.sectionId(), headnote) + ": ");
                        section.addClassName("unanswered-section");
                        // a link to the question: the dialog closes and the page opens with it in focus
                        var link = new RouterLink(
                                ReaderView.class, ReaderView.parameters(context.assignmentId(), question.sectionId()));
                        link.setQueryParameters(QueryParameters.of(ReaderView.QUESTION, question.id()));
                        link.add(section, new Span(shorten(question.prompt().strip())));
                        link.addClassName("unanswered-link");
                        link.getElement().addEventListener("click", event -> close());
                        list.add(new ListItem(link));
                    });
            body.add(list);
        }
        body.add(new Paragraph(getTranslation("reader.submit.read-only")));
        setText(body);
        setCancelable(true);
        // the safe choice comes first and has the focus: Enter on opening keeps the work open
        var keepWorking = new Button(getTranslation("reader.submit.keep-working"), event -> close());
        keepWorking.addClassName("keep-working");
        // neutral rather than blue: the secondary action, and readable on any backdrop
        keepWorking.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_CONTRAST);
        setCancelButton(keepWorking);
        addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                // the overlay's focus trap may put the focus on the first link after this runs: until
                // the person presses a key or points, focus that lands anywhere else comes back here
                keepWorking.getElement().executeJs("""
                        const button = this;
                        const keep = event => { if (event.target !== button) button.focus(); };
                        const stop = () => {
                          document.removeEventListener('focusin', keep, true);
                          document.removeEventListener('keydown', stop, true);
                          document.removeEventListener('pointerdown', stop, true);
                        };
                        document.addEventListener('focusin', keep, true);
                        document.addEventListener('keydown', stop, true);
                        document.addEventListener('pointerdown', stop, true);
                        setTimeout(stop, 2000);
                        requestAnimationFrame(() => requestAnimationFrame(() => button.focus()));
                        """);
            }
        });
        setConfirmText(getTranslation(unanswered.isEmpty() ? "reader.submit.confirm" : "reader.submit.anyway"));
        addConfirmListener(event -> submit.run());
    }

    private static String shorten(String prompt) {
        if (prompt.length() <= PROMPT_LENGTH) {
            return prompt;
        }
        int cut = prompt.lastIndexOf(' ', PROMPT_LENGTH);
        return prompt.substring(0, cut > 0 ? cut : PROMPT_LENGTH) + "…";
    }
}
