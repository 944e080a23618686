package org.sourcework.responses.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.HashSet;
import java.util.List;
import java.util.function.Supplier;
import org.sourcework.base.ui.Markup;
import org.sourcework.base.ui.MessageText;
import org.sourcework.lessons.ChoiceQuestion;
import org.sourcework.lessons.LessonSettings.Explanations;
import org.sourcework.lessons.Option;
import org.sourcework.responses.AnswerRejectedException;

/**
 * The explanations of the chosen options, when the lesson shows them: after the student presses
 * Check (never on picking, so nobody guesses until it turns green), once the lesson is submitted, or
 * never. Every check is recorded by the server; changing the answer hides the explanations of the
 * answer checked before.
 */
final class ChoiceFeedback extends Div {

    private final ReaderContext context;
    private final ChoiceQuestion question;
    private final Supplier<List<Option>> chosen;
    private final Explanations policy;
    private final Div explanations = new Div();
    private final Button check = new Button();
    private List<String> lastChecked;

    ChoiceFeedback(ReaderContext context, ChoiceQuestion question, Supplier<List<Option>> chosen) {
        this.context = context;
        this.question = question;
        this.chosen = chosen;
        this.policy = context.content().settings().explanations();
        var attempts = context.attempts(question.id());
        lastChecked = attempts.isEmpty() ? List.of() : attempts.getLast().optionIds();
        addClassName("choice-feedback-area");
        explanations.addClassName("choice-feedback");
        explanations.getElement().setAttribute("aria-live", "polite");
        explanations.setVisible(false);
        if (policy == Explanations.AFTER_CHECK && context.editable(question)) {
            check.setText(getTranslation("reader.choice.check"));
            check.addThemeVariants(ButtonVariant.LUMO_SMALL);
            check.addClassName("check-answer");
            check.addClickListener(event -> check());
            add(check);
        }
        add(explanations);
    }

    /** The student changed the answer: what was explained belonged to the answer checked before. */
    void changed() {
        update();
    }

    /** Shows a stored answer: its explanations if it is the answer last checked, or the lesson is submitted. */
    void shown() {
        update();
    }

    private void check() {
        try {
            var attempts = context.checks().check(context.assignmentId(), question.id());
            lastChecked = attempts.getLast().optionIds();
        } catch (AnswerRejectedException e) {
            show(new Markup().element("p", MessageText.of(this, e)));
            return;
        }
        update();
    }

    private void update() {
        var current = chosen.get();
        var ids = current.stream().map(Option::id).toList();
        check.setEnabled(!ids.isEmpty());
        boolean show = switch (policy) {
            case AFTER_CHECK ->
                context.readOnly() && !context.revising(question)
                        || !ids.isEmpty() && new HashSet<>(ids).equals(new HashSet<>(lastChecked));
            case AFTER_SUBMIT -> context.readOnly();
            case NEVER -> false;
        };
        explain(show ? current : List.of());
    }

    private void explain(List<Option> options) {
        // one piece of markup, like the options: the explanations of a page stay on the server while it is open
        var markup = new Markup();
        options.stream()
                .filter(option ->
                        option.explanation() != null && !option.explanation().isBlank())
                .forEach(option ->
                        markup.element("p", option.explanation(), "class", option.correct() ? "right" : "wrong"));
        show(markup);
    }

    private void show(Markup markup) {
        markup.into(explanations);
        explanations.setVisible(!markup.isEmpty());
    }
}
