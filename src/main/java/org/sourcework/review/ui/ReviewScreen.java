package org.sourcework.review.ui;

import com.vaadin.flow.component.AttachEvent;
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
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.ui.RouteIds;
import org.sourcework.base.ui.RetryPolling;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.responses.AssignmentNotFoundException;
import org.sourcework.responses.ClassWorkService;
import org.sourcework.responses.ui.ReaderFormat;
import org.sourcework.review.ReviewService;
import org.springframework.security.access.AccessDeniedException;

/**
 * What the two grading screens share: opening the assignment from the address (another
 * instructor's class and a class that does not exist look the same), retrying failed saves, and
 * not letting the instructor leave feedback unsaved without asking.
 */
abstract class ReviewScreen extends Main implements BeforeEnterObserver, BeforeLeaveObserver {

    static final String ASSIGNMENT = "assignmentId";

    protected final ReviewService review;
    protected final ClassWorkService classWork;
    private final LessonCatalogService lessons;
    private final Clock clock;
    private final RetryPolling polling = new RetryPolling();
    protected @Nullable ReviewContext context;

    ReviewScreen(ReviewService review, ClassWorkService classWork, LessonCatalogService lessons, Clock clock) {
        this.review = review;
        this.classWork = classWork;
        this.lessons = lessons;
        this.clock = clock;
        addClassName("page");
        addClassName("review-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var opened = RouteIds.number(event, ASSIGNMENT).flatMap(this::open);
        if (opened.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        polling.clear();
        polling.attach(event.getUI());
        context = opened.get();
        if (!show(event, opened.get())) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** Builds the screen for the address; false when the address names nothing in this assignment. */
    protected abstract boolean show(BeforeEnterEvent event, ReviewContext context);

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
            return Optional.of(new ReviewContext(review, classWork, assignment, current,
                    number -> lessons.assignedContentOfVersion(assignment, number), new ReaderFormat(this, clock),
                    polling, clock));
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
        var dialog = new ConfirmDialog(getTranslation("review.leave.title"), getTranslation("review.leave.text"),
                getTranslation("review.leave.confirm"), confirmed -> action.proceed());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("review.leave.stay"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        polling.attach(attachEvent.getUI());
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
