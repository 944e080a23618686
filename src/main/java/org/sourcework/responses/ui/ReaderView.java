package org.sourcework.responses.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.ui.MessageText;
import org.sourcework.base.ui.ReaderFormat;
import org.sourcework.base.ui.RouteIds;
import org.sourcework.base.ui.StoredChecks;
import org.sourcework.lessons.LessonContent;
import org.sourcework.responses.AnswerCheckService;
import org.sourcework.responses.AnswerRejectedException;
import org.sourcework.responses.AssignmentNotFoundException;
import org.sourcework.responses.ResponseService;
import org.sourcework.responses.StudentLesson;
import org.sourcework.security.AppRoles;
import org.sourcework.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * The reader: an assigned lesson, page by page. The address names the assignment and the page
 * ({@code lesson/51/III.B}; no page or {@code headnote} is the start page), so reload, bookmarks
 * and the back button work.
 */
@Route("lesson/:assignmentId/:sectionId?")
@RolesAllowed(AppRoles.STUDENT)
public class ReaderView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ASSIGNMENT = "assignmentId";
    static final String SECTION = "sectionId";
    /** {@code ?sentence=14}: the sentence of the section an instructor's comment points at. */
    public static final String SENTENCE = "sentence";
    /** {@code ?question=iiib-hedges}: the question to take the student to, from the submit dialog. */
    static final String QUESTION = "question";

    private final ResponseService service;
    private final AnswerCheckService checks;
    private final CurrentUser currentUser;
    private final Clock clock;
    private @Nullable SaveTracker tracker;
    private @Nullable ReaderContext context;
    private @Nullable String justRevised;
    private @Nullable Integer pointedSentence;
    private @Nullable String pointedQuestion;
    private boolean shown;

    public ReaderView(ResponseService service, AnswerCheckService checks, CurrentUser currentUser, Clock clock) {
        this.service = service;
        this.checks = checks;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("reader");
    }

    /** The address of a page of an assigned lesson; the start page has no section in it. */
    public static RouteParameters parameters(long assignmentId, String pageId) {
        return LessonContent.HEADNOTE.equals(pageId)
                ? new RouteParameters(ASSIGNMENT, String.valueOf(assignmentId))
                : new RouteParameters(Map.of(ASSIGNMENT, String.valueOf(assignmentId), SECTION, pageId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var assignmentId = RouteIds.number(event, ASSIGNMENT);
        var pageId = event.getRouteParameters().get(SECTION).orElse(LessonContent.HEADNOTE);
        var lesson = assignmentId.flatMap(this::open);
        if (lesson.isEmpty() || !new ReaderPages(lesson.get().content()).contains(pageId)) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (tracker == null || tracker.assignmentId() != lesson.get().assignmentId()) {
            if (tracker != null) {
                tracker.detach();
            }
            tracker = new SaveTracker(service, clock, lesson.get().assignmentId());
            tracker.attach(event.getUI());
        }
        if (!lesson.get().work().submitted()) {
            service.rememberSection(lesson.get().assignmentId(), pageId);
        }
        pointedSentence = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(SENTENCE)
                .filter(number -> number.matches("\\d{1,4}"))
                .map(Integer::valueOf)
                .orElse(null);
        pointedQuestion = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(QUESTION)
                .filter(id -> id.matches("[A-Za-z0-9._-]{1,80}"))
                .orElse(null);
        render(lesson.get(), pageId);
        // a page reached from another page of the reader: focus its heading, as a page load would reset it
        ReaderFocus.afterNavigation(this, shown, pointedQuestion);
        shown = true;
    }

    private Optional<StudentLesson> open(long assignmentId) {
        try {
            return Optional.of(service.open(assignmentId));
        } catch (AccessDeniedException | AssignmentNotFoundException e) {
            // the same answer for "not yours" and "not there", so ids cannot be probed
            return Optional.empty();
        }
    }

    private void render(StudentLesson lesson, String pageId) {
        removeAll();
        var format = new ReaderFormat(this, clock);
        var backup = new LocalBackup(currentUser.id(), lesson.assignmentId());
        var current = ReaderContext.of(
                service, checks, lesson, tracker, format, backup, pageId, this::handInRevision, justRevised);
        justRevised = null;
        context = current;
        if (!current.pages().questions(pageId).isEmpty()) {
            add(ReaderFocus.skipLink());
        }
        add(new ReaderHeader(current, this::confirmSubmit));
        if (lesson.work().submitted()) {
            add(new SubmittedBanner(current));
        }
        add(new SectionList(current));
        var blockedBy = current.pages().blockedBy(pageId, current.progress()::isAnswered);
        if (blockedBy.isPresent()) {
            add(new LockedPage(current, blockedBy.get()));
        } else if (LessonContent.HEADNOTE.equals(pageId)) {
            add(new StartPage(current));
        } else if (current.content().documentCard(pageId).isPresent()) {
            add(new DocumentCardPage(current, pageId));
        } else {
            add(new SectionPage(current, current.pages().section(pageId).orElseThrow(), pointedSentence));
        }
        add(new PageNavigation(current, this::confirmSubmit));
    }

    private void confirmSubmit() {
        var current = context;
        if (current == null) {
            return;
        }
        new SubmitDialog(current, service.unansweredQuestionIds(current.assignmentId()), () -> {
                    try {
                        service.submit(current.assignmentId());
                        var lesson = service.open(current.assignmentId());
                        render(lesson, current.pageId());
                    } catch (AnswerRejectedException e) {
                        Notification.show(MessageText.of(this, e), 6000, Notification.Position.MIDDLE)
                                .addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                })
                .open();
    }

    /** Hands in a revised answer; the page is built again with that answer read-only and confirmed. */
    private void handInRevision(String questionId) {
        var current = context;
        if (current == null) {
            return;
        }
        try {
            service.handInRevision(current.assignmentId(), questionId);
        } catch (AnswerRejectedException e) {
            Notification.show(MessageText.of(this, e), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        justRevised = questionId;
        render(service.open(current.assignmentId()), current.pageId());
        Notification.show(getTranslation("reader.revision.handed-in-notice"), 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** The page's regular look at what is stored, from the browser (see {@link StoredChecks}). */
    @ClientCallable
    void checkStored() {
        if (tracker != null) {
            tracker.checkStored();
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (tracker != null) {
            tracker.attach(attachEvent.getUI());
        }
        StoredChecks.install(this);
        ReaderFocus.install(this);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (tracker != null) {
            tracker.detach();
        }
    }

    @Override
    public String getPageTitle() {
        var current = context;
        if (current == null) {
            return getTranslation("reader.page-title.fallback");
        }
        var page = current.pages().label(current.pageId(), getTranslation("reader.headnote-page"));
        return getTranslation("reader.page-title", page, current.content().title());
    }
}
