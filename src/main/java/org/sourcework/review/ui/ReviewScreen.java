package org.sourcework.review.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcework.base.ui.ReaderFormat;
import org.sourcework.base.ui.RetryPolling;
import org.sourcework.base.ui.RouteIds;
import org.sourcework.base.ui.StoredChecks;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.lessons.LessonContent;
import org.sourcework.responses.AssignmentNotFoundException;
import org.sourcework.responses.ClassWorkService;
import org.sourcework.review.GivenFeedback;
import org.sourcework.review.ReviewService;
import org.sourcework.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * What the two grading screens share: opening the assignment from the address (another
 * instructor's class and a class that does not exist look the same), retrying failed saves, and
 * not letting the instructor leave feedback unsaved without asking.
 */
abstract class ReviewScreen extends Main implements BeforeEnterObserver, BeforeLeaveObserver {

    static final String ASSIGNMENT = "assignmentId";
    private static final Logger log = LoggerFactory.getLogger(ReviewScreen.class);

    protected final ReviewService review;
    protected final ClassWorkService classWork;
    private final LessonCatalogService lessons;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final RetryPolling polling = new RetryPolling();
    protected @Nullable ReviewContext context;

    ReviewScreen(
            ReviewService review,
            ClassWorkService classWork,
            LessonCatalogService lessons,
            CurrentUser currentUser,
            Clock clock) {
        this.review = review;
        this.classWork = classWork;
        this.lessons = lessons;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("page");
        addClassName("review-page");
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        var opened = RouteIds.number(event, ASSIGNMENT).flatMap(this::open);
        if (opened.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        polling.clear();
        polling.attach(event.getUI());
        context = opened.get();
        if (!buildFor(event, opened.get())) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Every question of the lesson in {@code version}, whichever path the class is on. */
    protected LessonContent wholeLesson(ReviewContext context, int version) {
        return lessons.contentOfVersion(context.assignment().lessonId(), version);
    }

    /** Builds the screen for the address; false when the address names nothing in this assignment. */
    protected abstract boolean buildFor(BeforeEnterEvent event, ReviewContext context);

    /** The editors on the screen now, to save before releasing or leaving. */
    protected abstract List<FeedbackEditor> editors();

    /** Saves what every editor holds; true when all of it is saved. */
    protected boolean flushAll() {
        return editors().stream().map(FeedbackEditor::flush).reduce(true, Boolean::logicalAnd);
    }

    private Optional<ReviewContext> open(long assignmentId) {
        try {
            var assignment = classWork.assignment(assignmentId);
            var current = lessons.assignedCurrentVersion(assignment);
            return Optional.of(new ReviewContext(
                    review,
                    classWork,
                    assignment,
                    current,
                    number -> lessons.assignedContentOfVersion(assignment, number),
                    new ReaderFormat(this, clock),
                    polling,
                    clock,
                    currentUser.id()));
        } catch (AccessDeniedException | AssignmentNotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        flushAll();
        if (polling.unsaved().isEmpty()) {
            return;
        }
        var action = event.postpone();
        var dialog = new ConfirmDialog(
                getTranslation("review.leave.title"),
                getTranslation("review.leave.text"),
                getTranslation("review.leave.confirm"),
                confirmed -> action.proceed());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("review.leave.stay"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    /**
     * The screen's regular look at the feedback it shows (see {@link StoredChecks}): feedback saved
     * elsewhere meanwhile replaces what an editor shows when nothing is unsaved there, and says so.
     */
    @ClientCallable
    void checkStored() {
        var current = context;
        var shown = editors();
        if (current == null || shown.isEmpty()) {
            return;
        }
        var studentIds =
                shown.stream().map(FeedbackEditor::studentId).distinct().toList();
        Map<Long, GivenFeedback> byRevision;
        try {
            byRevision = review.feedbackFor(current.assignmentId(), studentIds).stream()
                    .collect(Collectors.toMap(GivenFeedback::revisionId, Function.identity(), (a, b) -> b));
        } catch (RuntimeException e) {
            // a failed check changes nothing: the next one, or the next save, tells
            log.debug("Could not check the feedback of assignment {}", current.assignmentId(), e);
            return;
        }
        shown.forEach(editor -> {
            var revisionId = editor.answer().revisionId();
            editor.refresh(revisionId == null ? null : byRevision.get(revisionId));
        });
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        polling.attach(attachEvent.getUI());
        StoredChecks.install(this);
        // Alt+Down and Alt+Up move between the answers on the screen, in the browser alone
        getElement().executeJs("""
                if (this.__swAnswers) return;
                this.__swAnswers = true;
                this.addEventListener('keydown', e => {
                  if (!e.altKey || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
                  const editors = [...this.querySelectorAll('.feedback-editor')];
                  if (!editors.length) return;
                  const here = e.composedPath().find(n => n.classList && n.classList.contains('feedback-editor'));
                  const index = editors.indexOf(here);
                  const next = index < 0 ? editors[0] : editors[index + (e.key === 'ArrowDown' ? 1 : -1)];
                  if (!next) return;
                  e.preventDefault();
                  next.focus({preventScroll: true});
                  next.scrollIntoView({block: 'start', behavior: 'smooth'});
                });
                """);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        polling.detach();
    }
}
