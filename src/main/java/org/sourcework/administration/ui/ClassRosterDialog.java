package org.sourcework.administration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.sourcework.base.ui.MessageText;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.roster.ClassAdminService;
import org.sourcework.roster.ClassRoster;
import org.sourcework.roster.ClassRosterService;
import org.sourcework.roster.RosterRejectedException;
import org.sourcework.security.AppRole;
import org.sourcework.users.UserAdminService;

/** One class: rename or archive it, its instructors and students, and the lessons it has been given. */
class ClassRosterDialog extends Dialog {

    private final ClassAdminService classes;
    private final ClassRosterService rosters;
    private final LessonCatalogService lessons;
    private final UserAdminService users;
    private final long classId;
    private final Runnable onChange;
    private final Div content = new Div();

    ClassRosterDialog(
            ClassAdminService classes,
            ClassRosterService rosters,
            LessonCatalogService lessons,
            UserAdminService users,
            long classId,
            Runnable onChange) {
        this.classes = classes;
        this.rosters = rosters;
        this.lessons = lessons;
        this.users = users;
        this.classId = classId;
        this.onChange = onChange;
        setWidth("min(60rem, 95vw)");
        content.addClassName("class-roster");
        add(content);
        getFooter().add(new Button(getTranslation("classes.roster.close"), event -> close()));
        reload();
    }

    private void reload() {
        var roster = classes.roster(classId);
        var details = roster.details();
        setHeaderTitle(getTranslation("classes.roster.title", details.name(), details.term()));
        content.removeAll();
        if (details.archived()) {
            content.add(new Paragraph(getTranslation("classes.roster.archived-note")));
        }
        content.add(actions(roster));
        content.add(new MemberList(
                getTranslation("classes.roster.instructors"),
                getTranslation("classes.roster.no-instructors"),
                roster.instructors(),
                new UserPicker(users, AppRole.INSTRUCTOR),
                getTranslation("classes.roster.add-instructor"),
                getTranslation("classes.roster.remove"),
                username -> attempt(() -> rosters.addInstructor(classId, username)),
                member -> attempt(() -> rosters.removeInstructor(classId, member.userId()))));
        content.add(new MemberList(
                getTranslation("classes.roster.students"),
                getTranslation("classes.roster.no-students"),
                roster.students(),
                new UserPicker(users, AppRole.STUDENT),
                getTranslation("classes.roster.enrol"),
                getTranslation("classes.roster.withdraw"),
                username -> attempt(() -> rosters.enrolStudent(classId, username)),
                member -> attempt(() -> rosters.withdrawStudent(classId, member.userId()))));
        content.add(new AssignedLessonList(
                roster.lessons(),
                lessons.lessonSummaries(),
                (lessonId, due, path) -> attempt(() -> rosters.assignLesson(classId, lessonId, due, path)),
                (assignmentId, due) -> attempt(() -> rosters.changeDueDate(assignmentId, due))));
    }

    private Div actions(ClassRoster roster) {
        var details = roster.details();
        var rename = new Button(
                getTranslation("classes.roster.rename"),
                event -> new ClassDialog(classes, details, this::changed).open());
        var archive = details.archived()
                ? new Button(
                        getTranslation("classes.roster.unarchive"), event -> attempt(() -> classes.unarchive(classId)))
                : new Button(
                        getTranslation("classes.roster.archive"), event -> attempt(() -> classes.archive(classId)));
        archive.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        var bar = new Div(rename, archive);
        bar.addClassName("button-bar");
        return bar;
    }

    private void attempt(Runnable change) {
        try {
            change.run();
        } catch (RosterRejectedException e) {
            var notification = Notification.show(MessageText.of(this, e), 6000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        changed();
    }

    private void changed() {
        reload();
        onChange.run();
    }
}
