package org.sourcework.review.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.ui.EmptyState;
import org.sourcework.base.ui.ReviewNav.Screen;
import org.sourcework.base.ui.RouteIds;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Question;
import org.sourcework.responses.ClassAnswer;
import org.sourcework.responses.ClassWorkService;
import org.sourcework.review.GivenFeedback;
import org.sourcework.review.ReviewService;
import org.sourcework.roster.ClassStudent;
import org.sourcework.roster.RosterQueries;
import org.sourcework.roster.StudentPlace;
import org.sourcework.security.AppRoles;
import org.sourcework.security.CurrentUser;

/**
 * Grading one student's whole lesson: question after question, each with its feedback editor,
 * the source section beside the questions on it. The address names the student
 * ({@code review/7/student/12}; none: the first by name); the picker, Previous, Next and
 * Alt+Page Down / Alt+Page Up move through the class.
 */
@Route("review/:assignmentId/student/:studentId?")
@RolesAllowed(AppRoles.INSTRUCTOR)
public class ReviewByStudentView extends ReviewScreen implements HasDynamicTitle {

    static final String STUDENT = "studentId";

    private final RosterQueries roster;
    private @Nullable StudentPlace place;
    private final List<StudentSection> sections = new ArrayList<>();

    public ReviewByStudentView(
            ReviewService review,
            ClassWorkService classWork,
            RosterQueries roster,
            LessonCatalogService lessons,
            CurrentUser currentUser,
            Clock clock) {
        super(review, classWork, lessons, currentUser, clock);
        this.roster = roster;
        addClassName("review-by-student");
        Shortcuts.addShortcutListener(this, () -> move(true), Key.PAGE_DOWN, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, () -> move(false), Key.PAGE_UP, KeyModifier.ALT);
    }

    @Override
    protected boolean buildFor(BeforeEnterEvent event, ReviewContext context) {
        var classId = context.assignment().classId();
        var wanted = RouteIds.number(event, STUDENT);
        if (event.getRouteParameters().get(STUDENT).isPresent() && wanted.isEmpty()) {
            return false;
        }
        var studentId = wanted.or(
                () -> roster.studentsOf(classId, 0, 1).stream().findFirst().map(ClassStudent::userId));
        removeAll();
        sections.clear();
        place = null;
        add(new ReviewHeader(context, Screen.BY_STUDENT, getTranslation("review.by-student.title")));
        if (studentId.isEmpty()) {
            add(new EmptyState(
                    getTranslation("review.by-student.empty.title"), getTranslation("review.by-student.empty.text")));
            return true;
        }
        var found = roster.placeOf(classId, studentId.get());
        if (found.isEmpty()) {
            return false;
        }
        place = found.get();
        context.loadAllBanks();
        add(toolbar(context, found.get()), new KeyboardHelp("review.keys.student"));
        var release =
                new Button(getTranslation("review.release.student"), click -> confirmRelease(context, found.get()));
        release.setId("release-student");
        release.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        render(context, found.get().student(), release);
        return true;
    }

    private void render(ReviewContext context, ClassStudent student, Button release) {
        var ids = List.of(student.userId());
        var progress = classWork.progress(context.assignmentId(), ids).getFirst();
        var name = new H2(student.displayName());
        name.addClassName("student-name");
        var status = new Paragraph(
                switch (progress.status()) {
                    case NOT_STARTED -> getTranslation("review.by-student.not-started");
                    case IN_PROGRESS -> getTranslation("review.by-student.in-progress");
                    case SUBMITTED ->
                        getTranslation(
                                        "review.by-student.submitted",
                                        context.format().when(progress.submittedAt()))
                                + (progress.late() ? " (" + getTranslation("review.by-student.late") + ")" : "");
                });
        status.addClassName("student-status");
        var who = new Div(name, status, release);
        who.addClassName("student-line");
        add(who);
        if (!context.content().adapted().isEmpty()) {
            add(new ReadingNote(progress, context));
        }
        Map<String, ClassAnswer> answers = classWork.answersOf(context.assignmentId(), ids).stream()
                .collect(Collectors.toMap(ClassAnswer::questionId, Function.identity()));
        Map<Long, List<GivenFeedback>> feedback = review.feedbackFor(context.assignmentId(), ids).stream()
                .collect(Collectors.groupingBy(GivenFeedback::answerId));
        // a student's work is pinned to one version of the lesson: their whole lesson is shown as they read it
        var version = answers.values().stream()
                .findFirst()
                .map(ClassAnswer::lessonVersion)
                .orElse(context.currentVersion());
        var content = context.contentOf(version);
        if (version != context.currentVersion()) {
            var note = new Paragraph(getTranslation("review.by-student.earlier-version"));
            note.addClassName("earlier-version-note");
            add(note);
        }
        var run = new ArrayList<Question>();
        for (var question : content.questions()) {
            if (!run.isEmpty() && !run.getFirst().sectionId().equals(question.sectionId())) {
                section(context, content, run, student, answers, feedback);
                run.clear();
            }
            run.add(question);
        }
        if (!run.isEmpty()) {
            section(context, content, run, student, answers, feedback);
        }
        var outside = answers.values().stream()
                .filter(answer -> content.question(answer.questionId()).isEmpty())
                .toList();
        if (!outside.isEmpty()) {
            add(new OutsidePathAnswers(wholeLesson(context, version), outside));
        }
    }

    private void section(
            ReviewContext context,
            LessonContent content,
            List<Question> questions,
            ClassStudent student,
            Map<String, ClassAnswer> answers,
            Map<Long, List<GivenFeedback>> feedback) {
        var section = new StudentSection(
                context, content, questions.getFirst().sectionId(), List.copyOf(questions), student, answers, feedback);
        sections.add(section);
        add(section);
    }

    private Div toolbar(ReviewContext context, StudentPlace shown) {
        var picker = new StudentPicker(roster, context.assignment().classId());
        picker.setValue(shown.student());
        picker.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                go(context, event.getValue());
            }
        });
        var previous = new Button(
                getTranslation("review.by-student.previous"), VaadinIcon.ARROW_LEFT.create(), event -> move(false));
        previous.setEnabled(shown.previous() != null);
        previous.setId("previous-student");
        var next = new Button(
                getTranslation("review.by-student.next"), VaadinIcon.ARROW_RIGHT.create(), event -> move(true));
        next.setIconAfterText(true);
        next.setEnabled(shown.next() != null);
        next.setId("next-student");
        var position = new Span(getTranslation("review.by-student.place", shown.position(), shown.count()));
        position.addClassName("review-position");
        var moves = new Div(previous, next, position);
        moves.addClassName("review-moves");
        var toolbar = new Div(picker, moves);
        toolbar.addClassName("review-toolbar");
        return toolbar;
    }

    private void move(boolean forward) {
        var current = context;
        var shown = place;
        if (current == null || shown == null) {
            return;
        }
        var target = forward ? shown.next() : shown.previous();
        if (target != null) {
            go(current, target);
        }
    }

    private void go(ReviewContext current, ClassStudent target) {
        UI.getCurrent()
                .navigate(
                        ReviewByStudentView.class,
                        new RouteParameters(Map.of(
                                ASSIGNMENT,
                                String.valueOf(current.assignmentId()),
                                STUDENT,
                                String.valueOf(target.userId()))));
    }

    private void confirmRelease(ReviewContext current, StudentPlace shown) {
        if (!flushAll()) {
            notify(getTranslation("review.release.unsaved"), NotificationVariant.LUMO_ERROR);
            return;
        }
        var student = shown.student();
        var drafts = review.feedbackFor(current.assignmentId(), List.of(student.userId())).stream()
                .filter(given -> !given.released())
                .count();
        if (drafts == 0) {
            notify(getTranslation("review.release.student-none"), NotificationVariant.LUMO_CONTRAST);
            return;
        }
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("review.release.student-title", student.displayName()));
        dialog.setText(new Paragraph(getTranslation("review.release.student-text", drafts, student.displayName())));
        dialog.setConfirmText(getTranslation("review.release.question-confirm", drafts));
        dialog.addConfirmListener(event -> {
            var released = review.releaseStudent(current.assignmentId(), student.userId());
            refresh(current, student);
            notify(getTranslation("review.release.done", released), NotificationVariant.LUMO_SUCCESS);
        });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("review.release.cancel"));
        dialog.addClassName("release-dialog");
        dialog.open();
    }

    private void refresh(ReviewContext current, ClassStudent student) {
        var byRevision = review.feedbackFor(current.assignmentId(), List.of(student.userId())).stream()
                .collect(Collectors.toMap(GivenFeedback::revisionId, Function.identity(), (a, b) -> b));
        editors().forEach(editor -> {
            var revisionId = editor.answer().revisionId();
            editor.refresh(revisionId == null ? null : byRevision.get(revisionId));
        });
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 5000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }

    @Override
    protected List<FeedbackEditor> editors() {
        return sections.stream().flatMap(section -> section.editors().stream()).toList();
    }

    @Override
    public String getPageTitle() {
        var current = context;
        var shown = place;
        return current == null || shown == null
                ? getTranslation("review.by-student.title")
                : getTranslation(
                        "review.by-student.page-title",
                        shown.student().displayName(),
                        current.content().title());
    }
}
