package org.sourcework.review.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import org.sourcework.responses.StudentProgress;

/** Which version of the text a student read, for a lesson with an adapted text. */
final class ReadingNote extends Paragraph {

    ReadingNote(StudentProgress progress, ReviewContext context) {
        addClassName("reading-note");
        setText(
                progress.adaptedReadAt() == null
                        ? getTranslation("review.by-student.reading.original")
                        : getTranslation(
                                "review.by-student.reading.adapted",
                                context.format().when(progress.adaptedReadAt()),
                                getTranslation("reader.reading."
                                        + progress.readingView().name().toLowerCase(Locale.ROOT))));
    }
}
