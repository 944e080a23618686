package org.sourcework.home.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.sourcework.lessons.LessonContent;
import org.sourcework.responses.StudentLessonCard;
import org.sourcework.responses.WorkStatus;
import org.sourcework.responses.ui.ReaderFormat;
import org.sourcework.responses.ui.ReaderView;

/** One assigned lesson on the student's home: class, due date, progress, status, and Start/Continue/Review. */
final class LessonCard extends Div {

    LessonCard(StudentLessonCard lesson, ReaderFormat format) {
        addClassName("card");
        addClassName("lesson-card");
        getElement().setAttribute("role", "listitem");
        var title = new H2(lesson.lessonTitle());
        var meta = new Paragraph(new Span(getTranslation("student-home.class", lesson.className())));
        meta.addClassName("card-meta");
        var due = new Span(lesson.dueAt() == null ? getTranslation("student-home.no-due")
                : getTranslation("student-home.due", format.dateTime(lesson.dueAt())));
        meta.add(due);
        if (lesson.late()) {
            var late = new Span(getTranslation("student-home.late"));
            late.addClassName("badge-late");
            meta.add(late);
        }
        var status = new Span(getTranslation("student-home.status." + lesson.status().name()));
        status.addClassName("lesson-status");
        status.addClassName("status-" + lesson.status().name().toLowerCase(java.util.Locale.ROOT));
        var bar = new ProgressBar(0, Math.max(1, lesson.questionCount()), lesson.answered());
        var progressText = getTranslation("student-home.progress", lesson.answered(), lesson.questionCount());
        bar.getElement().setAttribute("aria-label", progressText);
        var progressLabel = new Span(progressText);
        progressLabel.addClassName("progress-label");
        progressLabel.getElement().setAttribute("aria-hidden", "true");
        var progress = new Div(status, progressLabel, bar);
        progress.addClassName("lesson-progress");
        var open = new Button(getTranslation(switch (lesson.status()) {
            case NOT_STARTED -> "student-home.start";
            case IN_PROGRESS -> "student-home.continue";
            case SUBMITTED -> "student-home.review";
        }), VaadinIcon.ARROW_RIGHT.create(), event -> UI.getCurrent().navigate(ReaderView.class,
                ReaderView.parameters(lesson.assignmentId(), lesson.lastSectionId() == null
                        ? LessonContent.HEADNOTE : lesson.lastSectionId())));
        open.setIconAfterText(true);
        open.addThemeVariants(lesson.status() == WorkStatus.SUBMITTED ? ButtonVariant.LUMO_CONTRAST
                : ButtonVariant.LUMO_PRIMARY);
        open.getElement().setAttribute("aria-label",
                open.getText() + ": " + lesson.lessonTitle());
        var actions = new Div(open);
        actions.addClassName("card-actions");
        add(title, meta, progress, actions);
    }
}
