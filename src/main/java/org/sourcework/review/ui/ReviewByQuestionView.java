package org.sourcework.review.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.ui.ReviewNav.Screen;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.lessons.Question;
import org.sourcework.responses.ClassWorkService;
import org.sourcework.review.ClassOverviewService;
import org.sourcework.review.ColumnCounts;
import org.sourcework.review.ReviewService;
import org.sourcework.roster.RosterQueries;
import org.sourcework.security.AppRoles;
import org.sourcework.security.CurrentUser;

/**
 * Grading one question across the class: the question with its rubric and answer key, the passage
 * it is about, and every student's answer with a feedback editor, a page of students at a time.
 * The address names the question ({@code review/7/question/iv-cer-threat}; none: the first), so
 * Previous, Next, the picker and Alt+Page Down / Alt+Page Up move through the lesson.
 */
@Route("review/:assignmentId/question/:questionId?")
@RolesAllowed(AppRoles.INSTRUCTOR)
public class ReviewByQuestionView extends ReviewScreen implements HasDynamicTitle {

    static final String QUESTION = "questionId";
    private static final String PASSAGE_HIDDEN = "sourcework.review.passage-hidden";
    private static final String FOCUSED = "sourcework.review.focused";

    private final ClassOverviewService overview;
    private final RosterQueries roster;
    private @Nullable Question question;
    private @Nullable QuestionAnswers answers;
    private @Nullable QuestionPicker picker;
    private Button passageToggle = new Button();

    public ReviewByQuestionView(
            ReviewService review,
            ClassWorkService classWork,
            ClassOverviewService overview,
            RosterQueries roster,
            LessonCatalogService lessons,
            CurrentUser currentUser,
            Clock clock) {
        super(review, classWork, lessons, currentUser, clock);
        this.overview = overview;
        this.roster = roster;
        addClassName("review-by-question");
        Shortcuts.addShortcutListener(this, () -> move(1), Key.PAGE_DOWN, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, () -> move(-1), Key.PAGE_UP, KeyModifier.ALT);
    }

    @Override
    protected boolean buildFor(BeforeEnterEvent event, ReviewContext context) {
        var questions = context.content().questions();
        var wanted = event.getRouteParameters().get(QUESTION);
        var found = wanted.isPresent()
                ? context.content().question(wanted.get())
                : questions.stream().findFirst();
        if (found.isEmpty()) {
            return false;
        }
        question = found.get();
        render(context, found.get());
        return true;
    }

    private void render(ReviewContext context, Question shown) {
        removeAll();
        var counts = overview.columnCounts(context.assignmentId()).stream()
                .collect(Collectors.toMap(ColumnCounts::questionId, Function.identity()));
        add(new ReviewHeader(context, Screen.BY_QUESTION, getTranslation("review.by-question.title")));
        add(toolbar(context, shown, counts), new KeyboardHelp("review.keys.question"));
        var source = new SourcePane(context.content(), shown.sectionId());
        var release = new Button(getTranslation("review.release.question"), event -> confirmRelease(context, shown));
        release.setId("release-question");
        release.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        answers =
                new QuestionAnswers(context, roster, shown, source, () -> recount(context, shown), release, focused());
        showCounts(counts.get(shown.id()));
        var layout = new Div(new QuestionSummary(shown, context.number(shown)), source, answers);
        layout.addClassName("review-layout");
        layout.setClassName("without-source", !showSource());
        passageToggle.addClickListener(event -> {
            // kept for the browser tab, so moving to the next question keeps the room asked for
            ComponentUtil.setData(UI.getCurrent(), PASSAGE_HIDDEN, showSource() ? Boolean.TRUE : null);
            layout.setClassName("without-source", !showSource());
            updateToggle();
        });
        updateToggle();
        add(layout);
    }

    /** Reads the question's counts again: feedback on it was first saved, or released. */
    private void recount(ReviewContext context, Question shown) {
        overview.columnCounts(context.assignmentId()).stream()
                .filter(count -> count.questionId().equals(shown.id()))
                .findFirst()
                .ifPresent(count -> {
                    showCounts(count);
                    if (picker != null) {
                        picker.update(shown, count);
                    }
                });
    }

    private void showCounts(@Nullable ColumnCounts count) {
        if (answers != null && count != null) {
            answers.showCounts(getTranslation(
                    "review.answers.counts", count.answered(), count.drafted() + count.released(), count.released()));
        }
    }

    private Div toolbar(ReviewContext context, Question shown, Map<String, ColumnCounts> counts) {
        var picker = new QuestionPicker(context.content(), counts);
        this.picker = picker;
        picker.setValue(shown);
        picker.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                go(context, event.getValue());
            }
        });
        var questions = context.content().questions();
        var index = questions.indexOf(shown);
        var previous = new Button(
                getTranslation("review.by-question.previous"), VaadinIcon.ARROW_LEFT.create(), event -> move(-1));
        previous.setEnabled(index > 0);
        previous.setId("previous-question");
        var next = new Button(
                getTranslation("review.by-question.next"), VaadinIcon.ARROW_RIGHT.create(), event -> move(1));
        next.setIconAfterText(true);
        next.setEnabled(index < questions.size() - 1);
        next.setId("next-question");
        passageToggle = new Button();
        passageToggle.setId("toggle-passage");
        passageToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var mode = new Button(getTranslation(focused() ? "review.mode.all" : "review.mode.focused"), event -> {
            if (flushAll()) {
                // kept for the browser tab, like the passage, so the next question opens the same way
                ComponentUtil.setData(UI.getCurrent(), FOCUSED, focused() ? null : Boolean.TRUE);
                render(context, shown);
            }
        });
        mode.setId("toggle-focus");
        mode.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var moves = new Div(previous, next, passageToggle, mode);
        moves.addClassName("review-moves");
        var toolbar = new Div(picker, moves);
        toolbar.addClassName("review-toolbar");
        return toolbar;
    }

    private void updateToggle() {
        passageToggle.setText(getTranslation(showSource() ? "review.passage.hide" : "review.passage.show"));
    }

    private static boolean focused() {
        return ComponentUtil.getData(UI.getCurrent(), FOCUSED) != null;
    }

    private static boolean showSource() {
        return ComponentUtil.getData(UI.getCurrent(), PASSAGE_HIDDEN) == null;
    }

    private void move(int step) {
        var current = context;
        var shown = question;
        if (current == null || shown == null) {
            return;
        }
        var questions = current.content().questions();
        var index = questions.indexOf(shown) + step;
        if (index >= 0 && index < questions.size()) {
            go(current, questions.get(index));
        }
    }

    private void go(ReviewContext current, Question target) {
        UI.getCurrent()
                .navigate(
                        ReviewByQuestionView.class,
                        new RouteParameters(
                                Map.of(ASSIGNMENT, String.valueOf(current.assignmentId()), QUESTION, target.id())));
    }

    private void confirmRelease(ReviewContext current, Question shown) {
        if (!flushAll()) {
            notify(getTranslation("review.release.unsaved"), NotificationVariant.LUMO_ERROR);
            return;
        }
        var drafts = overview.columnCounts(current.assignmentId()).stream()
                .filter(count -> count.questionId().equals(shown.id()))
                .mapToLong(ColumnCounts::drafted)
                .sum();
        if (drafts == 0) {
            notify(getTranslation("review.release.question-none"), NotificationVariant.LUMO_CONTRAST);
            return;
        }
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("review.release.question-title", current.number(shown)));
        dialog.setText(new Paragraph(getTranslation("review.release.question-text", drafts)));
        dialog.setConfirmText(getTranslation("review.release.question-confirm", drafts));
        dialog.addConfirmListener(event -> {
            var released = review.releaseQuestion(current.assignmentId(), shown.id());
            if (answers != null) {
                answers.refresh();
            }
            notify(getTranslation("review.release.done", released), NotificationVariant.LUMO_SUCCESS);
        });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("review.release.cancel"));
        dialog.addClassName("release-dialog");
        dialog.open();
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 5000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }

    @Override
    protected List<FeedbackEditor> editors() {
        return answers == null ? List.of() : answers.editors();
    }

    @Override
    public String getPageTitle() {
        var current = context;
        var shown = question;
        return current == null || shown == null
                ? getTranslation("review.by-question.title")
                : getTranslation(
                        "review.by-question.page-title",
                        current.number(shown),
                        current.content().title());
    }
}
