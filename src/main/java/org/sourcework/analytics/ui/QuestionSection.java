package org.sourcework.analytics.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.sourcework.analytics.AnalyticsService;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Question;

/** Choose a question of the lesson, grouped by section, and see how the class answered it. */
class QuestionSection extends Div {

    static final String PICKER_ID = "analytics-question";
    private static final int LABEL_LENGTH = 70;

    private final Select<Question> picker = new Select<>();
    private final Div panel = new Div();

    QuestionSection(AnalyticsService analytics, long assignmentId, LessonContent content, int students) {
        addClassName("analytics-section");
        var questions = content.questions();
        var heading = new H2(getTranslation("analytics.questions.title"));
        heading.setId("analytics-questions-title");
        picker.setId(PICKER_ID);
        picker.setLabel(getTranslation("analytics.questions.pick"));
        picker.addClassName("analytics-question-picker");
        // the open list is a listbox of its own and needs a name too (axe: aria-input-field-name)
        picker.getElement()
                .getChildren()
                .filter(child -> "vaadin-select-list-box".equals(child.getTag()))
                .forEach(list -> list.setAttribute("aria-label", getTranslation("analytics.questions.pick")));
        picker.setItems(questions);
        picker.setItemLabelGenerator(question -> getTranslation(
                "analytics.question.label", questions.indexOf(question) + 1, shorten(question.prompt())));
        String previous = null;
        for (var question : questions) {
            if (!question.sectionId().equals(previous)) {
                var group = new Span(Sections.label(content, question.sectionId(), this));
                group.addClassName("analytics-question-group");
                picker.prependComponents(question, group);
                previous = question.sectionId();
            }
        }
        panel.addClassName("analytics-question-panel");
        picker.addValueChangeListener(event -> {
            if (event.getValue() != null) {
                panel.removeAll();
                panel.add(new QuestionStatsPanel(
                        analytics.question(assignmentId, event.getValue().id()),
                        questions.indexOf(event.getValue()) + 1,
                        content,
                        students));
            }
        });
        add(heading, new Paragraph(getTranslation("analytics.questions.intro")), picker, panel);
        if (!questions.isEmpty()) {
            picker.setValue(questions.getFirst());
        }
    }

    private static String shorten(String prompt) {
        var oneLine = prompt.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= LABEL_LENGTH
                ? oneLine
                : oneLine.substring(0, LABEL_LENGTH - 1).stripTrailing() + "…";
    }
}
