package org.sourcework.home.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.ui.ReaderFormat;
import org.sourcework.review.AssignmentCounts;
import org.sourcework.roster.AssignedLesson;
import org.sourcework.roster.ExternalRoster;
import org.sourcework.roster.LessonPath;
import org.sourcework.roster.TaughtClass;

/** One class on the instructor's home: its students, and each assigned lesson with a way into reviewing it. */
final class ClassCard extends Div {

    /** What the card's "Questions and due date" button asks for: the lesson and its title. */
    @FunctionalInterface
    interface SettingsOpener {
        void open(TaughtClass taught, AssignedLesson lesson, String title);
    }

    private final SettingsOpener settings;

    ClassCard(
            TaughtClass taught,
            @Nullable ExternalRoster external,
            List<AssignedLesson> lessons,
            Map<Long, String> titles,
            Map<Long, AssignmentCounts> counts,
            ReaderFormat format,
            SettingsOpener settings) {
        this.settings = settings;
        addClassName("card");
        addClassName("class-card");
        getElement().setAttribute("role", "listitem");
        var meta = new Paragraph(getTranslation("instructor-home.term", taught.term()) + " · "
                + getTranslation("instructor-home.students", taught.studentCount()) + " · "
                + getTranslation("instructor-home.lessons", taught.assignmentCount()));
        meta.addClassName("card-meta");
        add(new H2(taught.name()), meta);
        if (external != null) {
            // a class a learning platform launched: its roster can be refreshed from the course there
            var refresh = new Anchor(
                    external.path(), getTranslation("instructor-home.refresh-roster", external.sourceName()));
            refresh.addClassName("class-card-refresh-roster");
            refresh.getElement()
                    .setAttribute(
                            "aria-label",
                            getTranslation(
                                    "instructor-home.refresh-roster.label", external.sourceName(), taught.name()));
            add(refresh);
        }
        if (lessons.isEmpty()) {
            var none = new Paragraph(getTranslation("instructor-home.no-lessons"));
            none.addClassName("class-card-empty");
            add(none);
            return;
        }
        var list = new UnorderedList();
        list.addClassName("class-card-lessons");
        lessons.forEach(lesson -> list.add(lesson(
                taught,
                lesson,
                titles.getOrDefault(lesson.lessonId(), getTranslation("instructor-home.untitled")),
                counts.get(lesson.assignmentId()),
                format)));
        add(list);
    }

    private Div progress(AssignmentCounts counts) {
        var text = getTranslation("instructor-home.submitted", counts.submitted(), counts.students());
        var bar = new ProgressBar(0, Math.max(1, counts.students()), counts.submitted());
        bar.getElement().setAttribute("aria-label", text);
        var submitted = new Span(text);
        submitted.addClassName("class-card-submitted");
        submitted.getElement().setAttribute("aria-hidden", "true");
        var toReview = new Span(getTranslation("instructor-home.to-review", counts.toReview()));
        toReview.addClassName(counts.toReview() > 0 ? "class-card-to-review" : "class-card-reviewed");
        var progress = new Div(bar, submitted, toReview);
        progress.addClassName("class-card-progress");
        return progress;
    }

    private ListItem lesson(
            TaughtClass taught,
            AssignedLesson lesson,
            String title,
            @Nullable AssignmentCounts counts,
            ReaderFormat format) {
        var due = new Span(
                lesson.dueAt() == null
                        ? getTranslation("instructor-home.no-due")
                        : getTranslation("instructor-home.due", format.dateTime(lesson.dueAt())));
        var path = new Span(getTranslation(
                lesson.path() == LessonPath.CORE ? "instructor-home.path.core" : "instructor-home.path.full"));
        path.addClassName("class-card-path");
        var meta = new Paragraph(due, new Span(" · "), path);
        meta.addClassName("card-meta");
        var item = new ListItem(new H3(title), meta);
        item.addClassName("class-card-lesson");
        if (counts != null) {
            item.add(progress(counts));
        }
        var review = new Anchor("review/" + lesson.assignmentId(), getTranslation("instructor-home.review"));
        review.addClassName("class-card-review");
        review.add(VaadinIcon.ARROW_RIGHT.create());
        review.getElement()
                .setAttribute("aria-label", getTranslation("instructor-home.review.label", title, taught.name()));
        var change =
                new Button(getTranslation("instructor-home.settings"), event -> settings.open(taught, lesson, title));
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        change.addClassName("class-card-settings");
        change.getElement()
                .setAttribute("aria-label", getTranslation("instructor-home.settings.label", title, taught.name()));
        item.add(review, change);
        return item;
    }
}
