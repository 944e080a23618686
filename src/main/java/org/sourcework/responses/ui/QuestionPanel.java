package org.sourcework.responses.ui;

import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.ui.Markup;
import org.sourcework.lessons.ChoiceQuestion;
import org.sourcework.lessons.Evidence;
import org.sourcework.lessons.LessonSettings.ScoredAttempt;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.ui.SourceText;

/** The questions of a page, beside the text on wide screens and below it on narrow ones. */
final class QuestionPanel extends Aside {

    QuestionPanel(String headingKey, List<Question> questions, ReaderContext context, @Nullable SourceText source) {
        addClassName("question-panel");
        getElement().setAttribute("aria-labelledby", "questions-heading");
        // the heading and the note before the questions as one piece of markup (kept per session)
        var top = new Markup()
                .element(
                        "h2", getTranslation(headingKey), "class", "question-panel-heading", "id", "questions-heading");
        var settings = context.content().settings();
        if (questions.isEmpty()) {
            top.element("p", getTranslation("reader.questions.none"), "class", "questions-none");
        } else if (settings.checksAnswers()
                && !context.readOnly()
                && questions.stream().anyMatch(ChoiceQuestion.class::isInstance)) {
            // said once per page, before the student checks anything: guessing on does not pay
            top.element(
                    "p",
                    getTranslation(
                            settings.scoredAttempt() == ScoredAttempt.FIRST
                                    ? "reader.choice.first-counts"
                                    : "reader.choice.last-counts"),
                    "class",
                    "check-note");
        }
        var intro = new Div();
        intro.addClassName("question-panel-top");
        top.into(intro);
        add(intro);
        boolean sourceLinked = false;
        var all = context.content().questions();
        for (var question : questions) {
            // clicking a sentence answers only the first evidence question of the page
            var link = question instanceof Evidence && !sourceLinked ? source : null;
            sourceLinked |= link != null;
            add(new QuestionCard(question, all.indexOf(question) + 1, context, link));
        }
    }
}
