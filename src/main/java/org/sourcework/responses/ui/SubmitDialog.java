package org.sourcework.responses.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
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
            // the list scrolls when long: focusable, so it can be scrolled with the keyboard, and named
            list.getElement().setAttribute("tabindex", "0");
            list.getElement().setAttribute("aria-labelledby", "unanswered-intro");
            var headnote = getTranslation("reader.headnote-page");
            context.content().questions().stream().filter(question -> unanswered.contains(question.id()))
                    .forEach(question -> {
                        var section = new Span(context.pages().label(question.sectionId(), headnote) + ": ");
                        section.addClassName("unanswered-section");
                        list.add(new ListItem(section, new Span(shorten(question.prompt().strip()))));
                    });
            body.add(list);
        }
        body.add(new Paragraph(getTranslation("reader.submit.read-only")));
        setText(body);
        setCancelable(true);
        setCancelText(getTranslation("reader.submit.keep-working"));
        // neutral rather than blue: the secondary action, and readable on any backdrop
        setCancelButtonTheme("tertiary contrast");
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
