package org.sourcework.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.sourcework.lessons.Evidence;
import org.sourcework.lessons.Question;

/** A question as the heading of its answer when one student's whole lesson is graded: number, skill, points, prompt. */
final class QuestionTitle extends Div {

    private final Div meta;

    QuestionTitle(Question question, int number) {
        addClassName("question-title");
        var heading = new H3(getTranslation("review.question.number", number));
        heading.addClassName("feedback-editor-title");
        var skill = new Span(getTranslation("reader.skill." + question.skill().fileName()));
        skill.addClassName("skill-label");
        skill.addClassName("skill-" + question.skill().fileName());
        var points = new Span(getTranslation("reader.question.points", question.points()));
        points.addClassName("question-points");
        meta = new Div(heading, skill, points);
        meta.addClassName("question-meta");
        var prompt = new Paragraph(question.prompt().strip());
        prompt.addClassName("question-prompt");
        add(meta, prompt);
        if (question instanceof Evidence evidence && evidence.claim() != null) {
            var claim = new Paragraph(evidence.claim().strip());
            claim.addClassName("evidence-claim");
            add(claim);
        }
    }

    /** Puts something on the line of the number, skill and points, such as the feedback's state. */
    void addToMeta(com.vaadin.flow.component.Component component) {
        meta.add(component);
    }
}
