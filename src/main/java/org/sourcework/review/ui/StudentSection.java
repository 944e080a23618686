package org.sourcework.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sourcework.lessons.Evidence;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.ui.LessonPages;
import org.sourcework.responses.AnswerValue.EvidenceAnswer;
import org.sourcework.responses.ClassAnswer;
import org.sourcework.review.GivenFeedback;
import org.sourcework.roster.ClassStudent;

/**
 * One part of the lesson for one student: the questions on a section with their feedback
 * editors, and the section's text beside them.
 */
final class StudentSection extends Section {

    private final List<FeedbackEditor> editors = new ArrayList<>();

    /** @param content the version of the lesson the student worked on, which the questions come from */
    StudentSection(
            ReviewContext context,
            LessonContent content,
            String sectionId,
            List<Question> questions,
            ClassStudent student,
            Map<String, ClassAnswer> answers,
            Map<Long, List<GivenFeedback>> feedback) {
        addClassName("student-section");
        var heading = new H2(heading(content, sectionId));
        heading.addClassName("student-section-heading");
        var source = new SourcePane(content, sectionId);
        var list = new Div();
        list.addClassName("student-section-questions");
        for (var question : questions) {
            var answer = answers.get(question.id());
            var title = new QuestionTitle(question, ReviewContext.number(content, question));
            if (answer == null) {
                var note = new Span(getTranslation("review.answers.none"));
                note.addClassName("missing-note");
                var missing = new Div(title, note);
                missing.addClassName("missing-answer");
                list.add(missing);
                continue;
            }
            var given = feedback.getOrDefault(answer.answerId(), List.of()).stream()
                    .sorted(Comparator.comparingLong(GivenFeedback::id))
                    .toList();
            var current = given.stream()
                    .filter(g -> Objects.equals(g.revisionId(), answer.revisionId()))
                    .findFirst()
                    .orElse(null);
            var editor = new FeedbackEditor(
                    context,
                    question,
                    student,
                    answer,
                    current,
                    given.stream().filter(g -> g != current).toList(),
                    title);
            editor.getElement().setAttribute("tabindex", "-1");
            if (question instanceof Evidence && answer.value() instanceof EvidenceAnswer evidence) {
                editor.onFocusEnter(() -> source.highlight(evidence.sentences()));
            }
            editors.add(editor);
            list.add(editor);
        }
        var body = new Div(list, source);
        body.addClassName("student-section-body");
        add(heading, body);
    }

    /** "Before reading", "Section III.B"; in a lesson of several documents, with the document's title. */
    private String heading(LessonContent content, String sectionId) {
        var title = LessonPages.documentTitle(content, sectionId);
        if (LessonPages.isCard(content, sectionId)) {
            return title.map(name -> getTranslation("review.by-student.before-reading.of", name))
                    .orElseGet(() -> getTranslation("review.by-student.before-reading"));
        }
        var label = content.section(sectionId)
                .map(org.sourcework.lessons.Section::navLabel)
                .orElse(sectionId);
        var named = LessonPages.editorName(content, sectionId);
        return title.map(name -> named.map(editor -> getTranslation("review.by-student.named.of", name, editor))
                        .orElseGet(() -> getTranslation("review.by-student.section.of", name, label)))
                .orElseGet(() -> getTranslation("review.by-student.section", label));
    }

    List<FeedbackEditor> editors() {
        return List.copyOf(editors);
    }
}
