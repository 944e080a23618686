package org.sourcework.administration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.ui.DateTimes;
import org.sourcework.base.ui.DueDateField;
import org.sourcework.lessons.LessonSummary;
import org.sourcework.roster.AssignedLesson;
import org.sourcework.roster.LessonPath;

/** The lessons given to a class with their due dates, and a picker to give it another lesson. */
class AssignedLessonList extends Div {

    // due dates are entered and shown in the browser's time zone, as every date is (DateTimes)
    private final ZoneId zone = DateTimes.forBrowser(Clock.systemDefaultZone()).zone();

    AssignedLessonList(
            List<AssignedLesson> assigned,
            List<LessonSummary> catalogue,
            Assign assign,
            BiConsumer<Long, @Nullable Instant> changeDue) {
        addClassName("assigned-lessons");
        add(new H3(getTranslation("classes.roster.lessons")));
        var titles = catalogue.stream().collect(Collectors.toMap(LessonSummary::id, LessonSummary::title));
        if (assigned.isEmpty()) {
            add(new Paragraph(getTranslation("classes.roster.no-lessons")));
        }
        for (var lesson : assigned) {
            var due = duePicker(getTranslation("classes.roster.due"));
            due.setValue(lesson.dueAt() == null ? null : LocalDateTime.ofInstant(lesson.dueAt(), zone));
            var save = new Button(
                    getTranslation("classes.roster.save-due"),
                    event -> changeDue.accept(lesson.assignmentId(), instant(due.getValue())));
            save.addThemeVariants(ButtonVariant.LUMO_SMALL);
            var path = new Span(pathLabel(lesson.path()));
            path.addClassName("assigned-lesson-path");
            var row =
                    new Div(new Span(titles.getOrDefault(lesson.lessonId(), "#" + lesson.lessonId())), path, due, save);
            row.addClassName("assigned-lesson");
            add(row);
        }
        if (catalogue.isEmpty()) {
            add(new Paragraph(getTranslation("classes.roster.no-catalogue")));
            return;
        }
        var lessonChoice = new ComboBox<LessonSummary>(getTranslation("classes.roster.choose-lesson"));
        var assignedIds = assigned.stream().map(AssignedLesson::lessonId).collect(Collectors.toSet());
        lessonChoice.setItems(catalogue.stream()
                .filter(lesson -> !assignedIds.contains(lesson.id()))
                .toList());
        lessonChoice.setItemLabelGenerator(LessonSummary::title);
        var due = duePicker(getTranslation("classes.roster.due-optional"));
        var path = new RadioButtonGroup<LessonPath>(getTranslation("classes.roster.path"));
        path.setItems(LessonPath.FULL, LessonPath.CORE);
        path.setItemLabelGenerator(this::pathLabel);
        path.setValue(LessonPath.FULL);
        path.setHelperText(getTranslation("classes.roster.path.help"));
        var assignButton = new Button(getTranslation("classes.roster.assign"), event -> {
            if (lessonChoice.getValue() != null) {
                assign.assign(lessonChoice.getValue().id(), instant(due.getValue()), path.getValue());
            }
        });
        var row = new Div(lessonChoice, due, path, assignButton);
        row.addClassName("assign-lesson");
        add(row);
    }

    private String pathLabel(LessonPath path) {
        return getTranslation(path == LessonPath.CORE ? "classes.roster.path.core" : "classes.roster.path.full");
    }

    /** Gives the chosen lesson to the class. */
    @FunctionalInterface
    interface Assign {
        void assign(long lessonId, @Nullable Instant dueAt, LessonPath path);
    }

    private static DueDateField duePicker(String label) {
        return new DueDateField(label);
    }

    private @Nullable Instant instant(@Nullable LocalDateTime value) {
        return value == null ? null : value.atZone(zone).toInstant();
    }
}
