package org.sourcework.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.lessons.Question;
import org.sourcework.reporting.ReleasedScoreQueries;
import org.sourcework.responses.ClassWorkService;
import org.sourcework.review.internal.FeedbackRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells whoever listens (a learning platform's gradebook) each student's score after a release, so review
 * needs to know nothing about where scores go. The caller has checked access to the assignment.
 */
@Component
class ReleasedScores {

    private final ClassWorkService classWork;
    private final LessonCatalogService lessons;
    private final ReleasedScoreQueries queries;
    private final FeedbackRepository feedback;
    private final ApplicationEventPublisher events;

    ReleasedScores(
            ClassWorkService classWork,
            LessonCatalogService lessons,
            ReleasedScoreQueries queries,
            FeedbackRepository feedback,
            ApplicationEventPublisher events) {
        this.classWork = classWork;
        this.lessons = lessons;
        this.queries = queries;
        this.feedback = feedback;
        this.events = events;
    }

    void announce(long assignmentId, Collection<Long> studentIds, Instant releasedAt) {
        if (studentIds.isEmpty()) {
            return;
        }
        var questions =
                lessons.assignedContent(classWork.assignment(assignmentId)).questions();
        int maximum = questions.stream().mapToInt(Question::points).sum();
        // the released rows must be in the database before the query reads them
        feedback.flush();
        var given = queries.releasedTotals(
                assignmentId, questions.stream().map(Question::id).toList(), studentIds);
        var scores = studentIds.stream()
                .distinct()
                .sorted()
                .map(id -> new FeedbackReleased.ReleasedScore(id, given.getOrDefault(id, BigDecimal.ZERO), maximum))
                .toList();
        events.publishEvent(new FeedbackReleased(assignmentId, scores, releasedAt));
    }
}
