package org.sourcework.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import org.sourcework.lessons.LessonContent;
import org.sourcework.responses.ClassAnswer;
import org.sourcework.responses.ui.answers.AnswerParts;
import org.sourcework.responses.ui.answers.HandedInAnswer;

/**
 * Answers a student gave to questions their class is no longer given (the class was moved from the
 * full lesson to the core path). They are kept and shown here, read only, so that nothing the
 * student wrote disappears; they are not counted, scored or released while the class is on the
 * core path.
 */
final class OutsidePathAnswers extends Section {

    /** @param whole the whole lesson in the version the student answered, every question included */
    OutsidePathAnswers(LessonContent whole, List<ClassAnswer> outside) {
        addClassName("outside-path");
        setId("outside-path");
        var heading = new H2(getTranslation("review.outside-path.title", outside.size()));
        heading.addClassName("student-section-heading");
        var note = new Paragraph(getTranslation("review.outside-path.note"));
        note.addClassName("outside-path-note");
        add(heading, note);
        for (var answer : outside) {
            whole.question(answer.questionId()).ifPresent(question -> {
                var title = new H3(getTranslation(
                        "review.outside-path.question",
                        whole.questions().indexOf(question) + 1,
                        question.prompt().strip()));
                var item = new Div(title, new HandedInAnswer(AnswerParts.of(question, whole, answer.value(), this)));
                item.addClassName("outside-path-answer");
                add(item);
            });
        }
    }
}
