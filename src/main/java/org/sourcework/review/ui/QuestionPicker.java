package org.sourcework.review.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.HashMap;
import java.util.Map;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.Section;
import org.sourcework.review.ColumnCounts;

/** Every question of the lesson, grouped by the part of the source it is about, with how far grading has got. */
final class QuestionPicker extends Select<Question> {

    private static final int PROMPT_LENGTH = 70;

    private final Map<String, ColumnCounts> counts;

    QuestionPicker(LessonContent content, Map<String, ColumnCounts> counts) {
        this.counts = new HashMap<>(counts);
        setId("question-picker");
        addClassName("question-picker");
        setLabel(getTranslation("review.picker.question"));
        var questions = content.questions();
        setItems(questions);
        setItemLabelGenerator(question -> question == null
                ? ""
                : getTranslation(
                        "review.picker.item",
                        questions.indexOf(question) + 1,
                        SentencePicker.start(oneLine(question.prompt()), PROMPT_LENGTH)));
        setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(question -> {
            var label = new Span(getItemLabelGenerator().apply(question));
            label.addClassName("picker-prompt");
            var count = this.counts.get(question.id());
            var progress = new Span(
                    count == null
                            ? ""
                            : getTranslation(
                                    "review.picker.progress", count.answered(), count.drafted() + count.released()));
            progress.addClassName("picker-progress");
            var item = new Span(label, progress);
            item.addClassName("picker-item");
            return item;
        }));
        String section = null;
        for (var question : questions) {
            if (!question.sectionId().equals(section)) {
                section = question.sectionId();
                var header = new Span(sectionLabel(content, section));
                header.addClassName("picker-group");
                prependComponents(question, header);
            }
        }
    }

    /** Shows new counts for one question, after feedback on it was saved or released. */
    void update(Question question, ColumnCounts count) {
        counts.put(question.id(), count);
        getDataProvider().refreshItem(question);
    }

    private String sectionLabel(LessonContent content, String sectionId) {
        return LessonContent.HEADNOTE.equals(sectionId)
                ? getTranslation("reader.questions.before-reading")
                : content.section(sectionId).map(Section::navLabel).orElse(sectionId);
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
