package org.sourcework.feedback.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.ui.EmptyState;
import org.sourcework.base.ui.ReaderFormat;
import org.sourcework.base.ui.RouteIds;
import org.sourcework.feedback.StudentFeedback;
import org.sourcework.feedback.StudentFeedbackService;
import org.sourcework.lessons.ui.LessonPages;
import org.sourcework.responses.AssignmentNotFoundException;
import org.sourcework.review.GivenFeedback;
import org.sourcework.security.AppRoles;
import org.springframework.security.access.AccessDeniedException;

/**
 * A student's released feedback on one lesson, question by question in lesson order. Opening it
 * marks the feedback read, which the instructor's overview then shows.
 */
@Route("feedback/:assignmentId")
@RolesAllowed(AppRoles.STUDENT)
public class FeedbackView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final String ASSIGNMENT = "assignmentId";

    private final StudentFeedbackService service;
    private final Clock clock;
    private @Nullable String lessonTitle;

    public FeedbackView(StudentFeedbackService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        addClassName("feedback-page");
    }

    public static RouteParameters parameters(long assignmentId) {
        return new RouteParameters(ASSIGNMENT, String.valueOf(assignmentId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var assignmentId = RouteIds.number(event, ASSIGNMENT);
        var feedback = assignmentId.flatMap(this::load);
        if (feedback.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        var page = new FeedbackPage(feedback.get(), new ReaderFormat(this, clock));
        if (!page.newFeedbackIds().isEmpty()) {
            service.markRead(page.assignmentId());
        }
        render(page);
    }

    private Optional<StudentFeedback> load(long assignmentId) {
        try {
            return Optional.of(service.myFeedback(assignmentId));
        } catch (AccessDeniedException | AssignmentNotFoundException e) {
            // the same answer for "not yours" and "not there", so ids cannot be probed
            return Optional.empty();
        }
    }

    private void render(FeedbackPage page) {
        removeAll();
        lessonTitle = page.content().title();
        var shown = new ArrayList<GivenFeedback>();
        var sections = new ArrayList<Section>();
        for (var pageId : LessonPages.ids(page.content())) {
            var group = group(page, pageId, shown);
            group.ifPresent(sections::add);
        }
        add(new FeedbackHeader(page, shown));
        if (shown.isEmpty()) {
            add(new EmptyState(
                    getTranslation("feedback.empty.title"),
                    getTranslation("feedback.empty.text"),
                    new Anchor("lesson/" + page.assignmentId(), getTranslation("feedback.empty.open-lesson"))));
            return;
        }
        sections.forEach(this::add);
    }

    /** The marked questions of one page of the lesson under its name, or nothing when none is marked. */
    private Optional<Section> group(FeedbackPage page, String pageId, List<GivenFeedback> shown) {
        var section = new Section();
        section.addClassName("feedback-section");
        var heading = new H2(sectionName(page, pageId));
        heading.addClassName("feedback-section-heading");
        section.add(heading);
        for (var question : page.content().questionsFor(pageId)) {
            page.latest(question.id()).ifPresent(given -> {
                shown.add(given);
                section.add(new FeedbackItem(page, question, given));
            });
        }
        return section.getComponentCount() > 1 ? Optional.of(section) : Optional.empty();
    }

    /** "Before you read", "Opening", "Section III.B External factors". */
    private String sectionName(FeedbackPage page, String pageId) {
        var title = LessonPages.documentTitle(page.content(), pageId);
        if (LessonPages.isCard(page.content(), pageId)) {
            return title.map(name -> getTranslation("feedback.before-reading.of", name))
                    .orElseGet(() -> getTranslation("reader.headnote-page"));
        }
        var outline = LessonPages.outline(page.content(), pageId);
        var label = outline.label(pageId);
        boolean named =
                outline.section(pageId).map(section -> section.editorLabel()).orElse(false);
        var name = named ? label : getTranslation("feedback.section", label);
        return title.map(document -> named
                        ? getTranslation("feedback.named.of", document, outline.readerLabel(pageId))
                        : getTranslation("feedback.section.of", document, outline.code(pageId)))
                .orElse(name);
    }

    @Override
    public String getPageTitle() {
        return lessonTitle == null
                ? getTranslation("feedback.page-title.fallback")
                : getTranslation("feedback.page-title", lessonTitle);
    }
}
