package org.sourcework.responses.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import org.sourcework.lessons.Question;

/**
 * Extended writing, such as the final task: several paragraphs need more room than the panel
 * beside the text, so it gets a writing area of its own under the text.
 */
final class WritingPanel extends Section {

    WritingPanel(List<Question> questions, ReaderContext context) {
        addClassName("writing-panel");
        var heading = new H2(getTranslation("reader.questions.writing"));
        heading.addClassName("question-panel-heading");
        heading.setId("writing-heading");
        getElement().setAttribute("aria-labelledby", "writing-heading");
        add(heading);
        var all = context.content().questions();
        questions.forEach(question -> add(new QuestionCard(question, all.indexOf(question) + 1, context, null)));
    }
}
