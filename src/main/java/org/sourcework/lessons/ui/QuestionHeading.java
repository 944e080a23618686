package org.sourcework.lessons.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.ui.Markup;
import org.sourcework.lessons.Evidence;
import org.sourcework.lessons.Question;

/**
 * The top of a question wherever it is shown (the reader, grading by question, grading by
 * student): the number with the skill and points on one line, then the prompt and, for an
 * evidence question, the claim. The screen words the number and chooses its heading level.
 */
public final class QuestionHeading {

    private final Div meta;
    private final Paragraph prompt;
    private final @Nullable Paragraph claim;

    public QuestionHeading(Component number, Question question) {
        // skill and points as one piece of markup: every question card of a page is kept per session
        var facts = new Span();
        facts.addClassName("question-facts");
        facts(new Markup(), number, question).into(facts);
        meta = new Div(number, facts);
        meta.addClassName("question-meta");
        prompt = new Paragraph(question.prompt().strip());
        prompt.addClassName("question-prompt");
        if (question instanceof Evidence evidence && evidence.claim() != null) {
            claim = new Paragraph(evidence.claim().strip());
            claim.addClassName("evidence-claim");
        } else {
            claim = null;
        }
    }

    /**
     * The whole top as one piece of markup, for the reader, which keeps every question card of a page
     * for as long as a student reads it: the number in an {@code h3}, the facts, and the prompt with
     * the id the answer's input is labelled by.
     */
    public static Markup markup(Component translator, String number, Question question, String promptId) {
        var markup = new Markup()
                .open("div", "class", "question-meta")
                .element("h3", number, "class", "question-number")
                .open("span", "class", "question-facts");
        facts(markup, translator, question)
                .close("span")
                .close("div")
                .element("p", question.prompt().strip(), "class", "question-prompt", "id", promptId);
        if (question instanceof Evidence evidence && evidence.claim() != null) {
            markup.element("p", evidence.claim().strip(), "class", "evidence-claim");
        }
        return markup;
    }

    private static Markup facts(Markup markup, Component translator, Question question) {
        return markup.element(
                        "span",
                        translator.getTranslation(
                                "reader.skill." + question.skill().fileName()),
                        "class",
                        "skill-label skill-" + question.skill().fileName())
                .element(
                        "span",
                        translator.getTranslation("reader.question.points", question.points()),
                        "class",
                        "question-points");
    }

    /** The line of the number, skill and points, where a screen may add more, such as the feedback's state. */
    public Div meta() {
        return meta;
    }

    public Paragraph prompt() {
        return prompt;
    }

    public void addTo(HasComponents target) {
        target.add(meta, prompt);
        if (claim != null) {
            target.add(claim);
        }
    }
}
