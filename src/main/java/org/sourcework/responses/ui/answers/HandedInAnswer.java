package org.sourcework.responses.ui.answers;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** An answer as the student handed it in, set as text (never as markup), in the parts of {@link AnswerParts}. */
public final class HandedInAnswer extends Div {

    public HandedInAnswer(List<AnswerParts> parts) {
        addClassName("handed-in-answer");
        if (parts.stream().allMatch(AnswerParts::blank)) {
            var blank = new Paragraph(getTranslation("feedback.answer.blank"));
            blank.addClassName("blank-answer");
            add(blank);
            return;
        }
        for (var part : parts) {
            if (part.label() != null) {
                var label = new Span(part.label());
                label.addClassName("answer-part-label");
                add(label);
            }
            if (part.blank()) {
                var blank = new Paragraph(getTranslation("feedback.answer.part-blank"));
                blank.addClassName("blank-answer");
                add(blank);
            } else if (part.prose()) {
                var text = new Paragraph(part.items().getFirst());
                text.addClassName("answer-prose");
                add(text);
            } else {
                var list = new UnorderedList();
                list.addClassName("answer-items");
                part.items().forEach(item -> list.add(new ListItem(item)));
                add(list);
            }
        }
    }
}
