package org.sourcework.lti;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcework.audit.AuditLog;
import org.sourcework.base.Message;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.lessons.LessonSummary;
import org.sourcework.lti.internal.DeepLinkRequests;
import org.sourcework.lti.internal.DeepLinkResponses;
import org.sourcework.roster.AssignedLesson;
import org.sourcework.roster.ClassLessonService;
import org.sourcework.roster.LessonPath;
import org.sourcework.roster.RosterQueries;
import org.sourcework.roster.TaughtClass;
import org.sourcework.security.CurrentUser;
import org.sourcework.security.InstructorOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deep Linking 2.0 for the instructor a deep-linking launch signed in: the lessons to choose from, and
 * the answer to the platform. Choosing gives the lesson to the course's class through the audited roster
 * service and signs a response with one resource link and its line item; cancelling signs an empty one.
 * A request is answered once, by the person it signed in, within its lifetime.
 */
@Service
@Transactional
public class DeepLinkingService {

    private final DeepLinkRequests requests;
    private final DeepLinkResponses responses;
    private final CurrentUser currentUser;
    private final LessonCatalogService lessons;
    private final RosterQueries roster;
    private final ClassLessonService classLessons;
    private final AuditLog audit;

    DeepLinkingService(
            DeepLinkRequests requests,
            DeepLinkResponses responses,
            CurrentUser currentUser,
            LessonCatalogService lessons,
            RosterQueries roster,
            ClassLessonService classLessons,
            AuditLog audit) {
        this.requests = requests;
        this.responses = responses;
        this.currentUser = currentUser;
        this.lessons = lessons;
        this.roster = roster;
        this.classLessons = classLessons;
        this.audit = audit;
    }

    @InstructorOnly
    @Transactional(readOnly = true)
    public DeepLinkPicker picker(String requestId) {
        var request = open(requestId);
        var className = roster.classesITeach().stream()
                .filter(c -> c.id() == request.classId())
                .map(TaughtClass::name)
                .findFirst()
                .orElseThrow(() -> rejected("lti.deep-link.rejected.gone"));
        var given = roster.lessonsOf(request.classId()).stream()
                .map(AssignedLesson::lessonId)
                .collect(Collectors.toSet());
        var choices = lessons.catalogue().stream()
                .map(l -> new DeepLinkPicker.Lesson(l.id(), l.title(), given.contains(l.id())))
                .toList();
        return new DeepLinkPicker(requestId, className, choices);
    }

    /** Gives the lesson to the class and signs the response that adds it to the platform's course. */
    @InstructorOnly
    public void choose(String requestId, long lessonId, LessonPath path, @Nullable Instant dueAt) {
        var request = open(requestId);
        if (lessons.catalogue().stream().map(LessonSummary::id).noneMatch(id -> id == lessonId)) {
            throw rejected("lti.deep-link.rejected.no-lesson");
        }
        long assignmentId = classLessons.assign(request.classId(), lessonId, path, dueAt);
        var assignment = roster.assignment(assignmentId).orElseThrow();
        var content = lessons.assignedContent(assignment);
        var item = new LinkedHashMap<String, Object>();
        item.put("type", "ltiResourceLink");
        item.put("title", content.title());
        item.put("text", content.centralQuestion());
        item.put("url", request.launchUrl());
        item.put("custom", Map.of(DeepLinkResponses.ASSIGNMENT_PARAMETER, Long.toString(assignmentId)));
        // a lesson without scored questions has nothing for a gradebook column (scoreMaximum must be > 0)
        if (content.totalPoints() > 0) {
            item.put(
                    "lineItem",
                    Map.of(
                            "scoreMaximum",
                            content.totalPoints(),
                            "label",
                            content.title(),
                            "resourceId",
                            "sourcework-assignment-" + assignmentId,
                            "tag",
                            "sourcework-" + path.name().toLowerCase(Locale.ROOT)));
        }
        if (dueAt != null) {
            item.put("submission", Map.of("endDateTime", dueAt.toString()));
        }
        send(request, responses.sign(request, List.of(item), null));
        audit.record(
                "lti.deep-link.returned",
                "assignment",
                Long.toString(assignmentId),
                "platform=" + request.platformId() + ", points=" + content.totalPoints());
    }

    /** Tells the platform nothing was chosen, in the instructor's language. */
    @InstructorOnly
    public void cancel(String requestId, Locale locale) {
        var request = open(requestId);
        send(
                request,
                responses.sign(
                        request,
                        List.of(),
                        Message.of("lti.deep-link.cancelled-message").in(locale)));
        audit.record(
                "lti.deep-link.cancelled",
                "class",
                Long.toString(request.classId()),
                "platform=" + request.platformId());
    }

    /** The signed answer of the caller's request, for the page that posts it to the platform. */
    @InstructorOnly
    @Transactional(readOnly = true)
    public Optional<DeepLinkReturn> answer(String requestId) {
        return requests.find(requestId)
                .filter(r -> r.userId() == currentUser.id() && r.responseJwt() != null)
                .map(r -> new DeepLinkReturn(r.returnUrl(), r.responseJwt()));
    }

    /** The caller's own request, not answered and not too old; the id alone is no permission. */
    private DeepLinkRequests.Request open(String requestId) {
        var request = requests.find(requestId)
                .filter(r -> r.userId() == currentUser.id())
                .orElseThrow(() -> rejected("lti.deep-link.rejected.gone"));
        if (request.answeredAt() != null) {
            throw rejected("lti.deep-link.rejected.answered");
        }
        if (requests.expired(request)) {
            throw rejected("lti.deep-link.rejected.expired");
        }
        return request;
    }

    private void send(DeepLinkRequests.Request request, String jwt) {
        if (!requests.answer(request.id(), jwt)) {
            throw rejected("lti.deep-link.rejected.answered");
        }
    }

    private static LtiRejectedException rejected(String key) {
        return new LtiRejectedException("request", Message.of(key));
    }
}
