package org.sourcework.responses.ui;

import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcework.lessons.ChoiceQuestion;
import org.sourcework.lessons.Evidence;
import org.sourcework.lessons.LessonSettings.ScoredAttempt;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.ui.SourceText;

/** The questions of a page, beside the text on wide screens and below it on narrow ones. */
final class QuestionPanel extends Aside {

    QuestionPanel(String headingKey, List<Question> questions, ReaderContext context, @Nullable SourceText source) {
        addClassName("question-panel");
        var heading = new H2(getTranslation(headingKey));
        heading.addClassName("question-panel-heading");
        heading.setId("questions-heading");
        getElement().setAttribute("aria-labelledby", "questions-heading");
        add(heading);
        if (questions.isEmpty()) {
            var none = new Paragraph(getTranslation("reader.questions.none"));
            none.addClassName("questions-none");
            add(none);
            return;
        }
        var settings = context.content().settings();
        if (settings.checksAnswers()
                && !context.readOnly()
                && questions.stream().anyMatch(ChoiceQuestion.class::isInstance)) {
            // said once per page, before the student checks anything: guessing on does not pay
            var note = new Paragraph(getTranslation(
                    settings.scoredAttempt() == ScoredAttempt.FIRST
                            ? "reader.choice.first-counts"
                            : "reader.choice.last-counts"));
            note.addClassName("check-note");
            add(note);
        }
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
