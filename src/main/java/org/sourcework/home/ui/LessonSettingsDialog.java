package org.sourcework.home.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.sourcework.roster.AssignedLesson;
import org.sourcework.roster.ClassLessonService;
import org.sourcework.roster.LessonPath;
import org.sourcework.roster.RosterRejectedException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The instructor chooses which questions their class is given (core path or full lesson) and the
 * due date. Moving to the core path says plainly what happens to answers already given.
 */
final class LessonSettingsDialog extends Dialog {

    // due dates are entered and shown in the server's time zone, as elsewhere in the application
    private static final ZoneId ZONE = ZoneId.systemDefault();

    private final RadioButtonGroup<LessonPath> path = new RadioButtonGroup<>();
    private final DateTimePicker due = new DateTimePicker();
    private final Paragraph error = new Paragraph();

    LessonSettingsDialog(
            String title, String className, AssignedLesson lesson, ClassLessonService service, Runnable saved) {
        setHeaderTitle(getTranslation("instructor-home.settings.title", title, className));
        addClassName("lesson-settings-dialog");
        path.setLabel(getTranslation("classes.roster.path"));
        path.setItems(LessonPath.FULL, LessonPath.CORE);
        path.setItemLabelGenerator(choice ->
                getTranslation(choice == LessonPath.CORE ? "instructor-home.path.core" : "instructor-home.path.full"));
        path.setValue(lesson.path());
        path.setId("lesson-path");
        path.addValueChangeListener(event -> explain(lesson.path()));
        due.setLabel(getTranslation("classes.roster.due-optional"));
        due.setId("lesson-due");
        due.setValue(lesson.dueAt() == null ? null : LocalDateTime.ofInstant(lesson.dueAt(), ZONE));
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        explain(lesson.path());
        add(path, due, error);
        var save = new Button(getTranslation("instructor-home.settings.save"), event -> {
            try {
                service.change(lesson.assignmentId(), path.getValue(), instant(due.getValue()));
                Notification.show(getTranslation("instructor-home.settings.saved"));
                close();
                saved.run();
            } catch (RosterRejectedException | AccessDeniedException e) {
                error.setText(
                        e instanceof AccessDeniedException
                                ? getTranslation("instructor-home.settings.denied")
                                : e.getMessage());
                error.setVisible(true);
            }
        });
        save.setId("save-lesson-settings");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("instructor-home.settings.cancel"), event -> close());
        getFooter().add(cancel, save);
    }

    /** What the chosen path does to work already done, said before the instructor saves. */
    private void explain(LessonPath current) {
        var chosen = path.getValue();
        path.setHelperText(
                chosen == LessonPath.CORE && current == LessonPath.FULL
                        ? getTranslation("instructor-home.settings.to-core")
                        : chosen == LessonPath.FULL && current == LessonPath.CORE
                                ? getTranslation("instructor-home.settings.to-full")
                                : getTranslation("classes.roster.path.help"));
    }

    private static @Nullable Instant instant(@Nullable LocalDateTime value) {
        return value == null ? null : value.atZone(ZONE).toInstant();
    }
}
