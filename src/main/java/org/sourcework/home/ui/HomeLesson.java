package org.sourcework.home.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sourcework.responses.StudentLessonCard;
import org.sourcework.responses.WorkStatus;
import org.sourcework.review.FeedbackSummary;

/**
 * An assigned lesson on the student's home with its released feedback, and what the card says
 * about it: one status, and what the student should do next.
 */
record HomeLesson(StudentLessonCard lesson, @Nullable FeedbackSummary feedback) {

    /** The status a card shows, most pressing first. */
    enum Status {
        NEW_FEEDBACK,
        REVISION_REQUESTED,
        FEEDBACK_READY,
        SUBMITTED,
        IN_PROGRESS,
        NOT_STARTED
    }

    /** Lessons with unread feedback first, then those with an answer to revise, then the rest as assigned. */
    static List<HomeLesson> ordered(List<StudentLessonCard> lessons, Map<Long, FeedbackSummary> feedback) {
        return lessons.stream()
                .map(lesson -> new HomeLesson(lesson, feedback.get(lesson.assignmentId())))
                .sorted(Comparator.comparingInt(HomeLesson::urgency))
                .toList();
    }

    boolean hasFeedback() {
        return feedback != null && feedback.released() > 0;
    }

    boolean hasNewFeedback() {
        return feedback != null && feedback.hasUnread();
    }

    long unread() {
        return feedback == null ? 0 : feedback.unread();
    }

    Status status() {
        if (hasNewFeedback()) {
            return Status.NEW_FEEDBACK;
        }
        if (lesson.revisionRequested()) {
            return Status.REVISION_REQUESTED;
        }
        return switch (lesson.status()) {
            case SUBMITTED -> hasFeedback() ? Status.FEEDBACK_READY : Status.SUBMITTED;
            case IN_PROGRESS -> Status.IN_PROGRESS;
            case NOT_STARTED -> Status.NOT_STARTED;
        };
    }

    boolean submitted() {
        return lesson.status() == WorkStatus.SUBMITTED;
    }

    private int urgency() {
        return hasNewFeedback() ? 0 : lesson.revisionRequested() ? 1 : 2;
    }
}
