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
import java.util.Locale;
import org.sourcework.base.ui.ReaderFormat;
import org.sourcework.feedback.ui.FeedbackView;
import org.sourcework.lessons.LessonContent;
import org.sourcework.responses.StudentLessonCard;
import org.sourcework.responses.ui.ReaderView;

/**
 * One assigned lesson on the student's home: class, due date, progress, status, what is new, and
 * the way on: read new feedback, revise an answer, or start, continue or review the lesson.
 */
final class LessonCard extends Div {

    private final StudentLessonCard lesson;

    LessonCard(HomeLesson home, ReaderFormat format) {
        this.lesson = home.lesson();
        addClassName("card");
        addClassName("lesson-card");
        setClassName("has-new-feedback", home.hasNewFeedback());
        setClassName("has-revision", lesson.revisionRequested());
        getElement().setAttribute("role", "listitem");
        var title = new H2(lesson.lessonTitle());
        var meta = new Paragraph(new Span(getTranslation("student-home.class", lesson.className())));
        meta.addClassName("card-meta");
        var due = new Span(
                lesson.dueAt() == null
                        ? getTranslation("student-home.no-due")
                        : getTranslation("student-home.due", format.dateTime(lesson.dueAt())));
        meta.add(due);
        if (lesson.late()) {
            var late = new Span(getTranslation("student-home.late"));
            late.addClassName("badge-late");
            meta.add(late);
        }
        var status =
                new Span(getTranslation("student-home.status." + home.status().name()));
        status.addClassName("lesson-status");
        status.addClassName(
                "status-" + home.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        var bar = new ProgressBar(0, Math.max(1, lesson.questionCount()), lesson.answered());
        var progressText = getTranslation("student-home.progress", lesson.answered(), lesson.questionCount());
        bar.getElement().setAttribute("aria-label", progressText);
        var progressLabel = new Span(progressText);
        progressLabel.addClassName("progress-label");
        progressLabel.getElement().setAttribute("aria-hidden", "true");
        var progress = new Div(status, progressLabel, bar);
        progress.addClassName("lesson-progress");
        add(title, meta, progress);
        news(home);
        add(actions(home));
    }

    /** What has changed since the student last looked: feedback to read, answers to revise. */
    private void news(HomeLesson home) {
        var lines = new Div();
        lines.addClassName("lesson-news");
        if (home.hasNewFeedback()) {
            lines.add(new Paragraph(getTranslation("student-home.news.feedback", home.unread())));
        }
        if (lesson.revisionRequested()) {
            lines.add(new Paragraph(getTranslation(
                    "student-home.news.revision", lesson.revisionQuestionIds().size())));
        }
        if (lines.getComponentCount() > 0) {
            add(lines);
        }
    }

    private Div actions(HomeLesson home) {
        var actions = new Div();
        actions.addClassName("card-actions");
        if (home.hasNewFeedback()) {
            actions.add(
                    feedbackButton("read-feedback", ButtonVariant.LUMO_PRIMARY),
                    readerButton(ButtonVariant.LUMO_TERTIARY));
        } else if (lesson.revisionRequested()) {
            actions.add(reviseButton());
            if (home.hasFeedback()) {
                actions.add(feedbackButton("see-feedback", ButtonVariant.LUMO_TERTIARY));
            }
        } else if (home.hasFeedback() && !home.submitted()) {
            // reopened after feedback: going on with the lesson comes first
            actions.add(
                    readerButton(ButtonVariant.LUMO_PRIMARY),
                    feedbackButton("see-feedback", ButtonVariant.LUMO_TERTIARY));
        } else if (home.hasFeedback()) {
            actions.add(
                    feedbackButton("see-feedback", ButtonVariant.LUMO_CONTRAST),
                    readerButton(ButtonVariant.LUMO_TERTIARY));
        } else {
            actions.add(readerButton(home.submitted() ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_PRIMARY));
        }
        return actions;
    }

    /** @param kind "read-feedback" (new feedback) or "see-feedback": the text's key and the button's class */
    private Button feedbackButton(String kind, ButtonVariant variant) {
        var button = button(
                "student-home." + kind,
                variant,
                () -> UI.getCurrent().navigate(FeedbackView.class, FeedbackView.parameters(lesson.assignmentId())));
        button.addClassName(kind);
        return button;
    }

    private Button reviseButton() {
        var button =
                button("student-home.revise", ButtonVariant.LUMO_PRIMARY, () -> openReader(lesson.revisionSectionId()));
        button.addClassName("revise");
        return button;
    }

    private Button readerButton(ButtonVariant variant) {
        var button = button(
                switch (lesson.status()) {
                    case NOT_STARTED -> "student-home.start";
                    case IN_PROGRESS -> "student-home.continue";
                    case SUBMITTED -> "student-home.review";
                },
                variant,
                () -> openReader(lesson.lastSectionId()));
        button.addClassName("open-lesson");
        return button;
    }

    private Button button(String key, ButtonVariant variant, Runnable action) {
        var button = new Button(getTranslation(key), VaadinIcon.ARROW_RIGHT.create(), event -> action.run());
        button.setIconAfterText(true);
        button.addThemeVariants(variant);
        button.getElement().setAttribute("aria-label", button.getText() + ": " + lesson.lessonTitle());
        return button;
    }

    private void openReader(String sectionId) {
        UI.getCurrent()
                .navigate(
                        ReaderView.class,
                        ReaderView.parameters(
                                lesson.assignmentId(), sectionId == null ? LessonContent.HEADNOTE : sectionId));
    }
}
