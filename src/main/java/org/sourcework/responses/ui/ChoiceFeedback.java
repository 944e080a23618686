package org.sourcework.responses.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Collection;
import org.sourcework.lessons.Option;

/** The explanations of the chosen options, shown straight after answering when the lesson allows it. */
final class ChoiceFeedback extends Div {

    private final boolean enabled;

    ChoiceFeedback(boolean enabled) {
        this.enabled = enabled;
        addClassName("choice-feedback");
        getElement().setAttribute("aria-live", "polite");
        setVisible(false);
    }

    void explainChoices(Collection<Option> chosen) {
        removeAll();
        if (!enabled) {
            return;
        }
        chosen.stream().filter(option -> option.explanation() != null && !option.explanation().isBlank())
                .forEach(option -> {
                    var explanation = new Paragraph(option.explanation());
                    explanation.addClassName(option.correct() ? "right" : "wrong");
                    add(explanation);
                });
        setVisible(getComponentCount() > 0);
    }
}
