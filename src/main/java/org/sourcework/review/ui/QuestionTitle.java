package org.sourcework.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.ui.QuestionHeading;

/** A question as the heading of its answer when one student's whole lesson is graded: number, skill, points, prompt. */
final class QuestionTitle extends Div {

    private final Div meta;

    QuestionTitle(Question question, int number) {
        addClassName("question-title");
        var heading = new H3(getTranslation("review.question.number", number));
        heading.addClassName("feedback-editor-title");
        var top = new QuestionHeading(heading, question);
        meta = top.meta();
        top.addTo(this);
    }

    /** Puts something on the line of the number, skill and points, such as the feedback's state. */
    void addToMeta(com.vaadin.flow.component.Component component) {
        meta.add(component);
    }
}
