package org.sourcework.review.ui;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.sourcework.base.ui.RetryPolling;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Question;
import org.sourcework.responses.ClassWorkService;
import org.sourcework.responses.ui.ReaderFormat;
import org.sourcework.review.GivenFeedback;
import org.sourcework.review.ReviewService;
import org.sourcework.roster.AssignmentInfo;

/**
 * What the feedback editors of one review screen share: the assignment and its lesson, the
 * services, the time format, the retrying of failed saves and the comment banks.
 */
final class ReviewContext {

    private final ReviewService review;
    private final ClassWorkService classWork;
    private final AssignmentInfo assignment;
    private final LessonContent content;
    private final ReaderFormat format;
    private final RetryPolling polling;
    private final Clock clock;
    private final long userId;
    private final Map<String, CommentBank> banks = new HashMap<>();

    ReviewContext(ReviewService review, ClassWorkService classWork, AssignmentInfo assignment, LessonContent content,
            ReaderFormat format, RetryPolling polling, Clock clock, long userId) {
        this.review = review;
        this.classWork = classWork;
        this.assignment = assignment;
        this.content = content;
        this.format = format;
        this.polling = polling;
        this.clock = clock;
        this.userId = userId;
    }

    ReviewService review() {
        return review;
    }

    ClassWorkService classWork() {
        return classWork;
    }

    AssignmentInfo assignment() {
        return assignment;
    }

    long assignmentId() {
        return assignment.id();
    }

    LessonContent content() {
        return content;
    }

    ReaderFormat format() {
        return format;
    }

    RetryPolling polling() {
        return polling;
    }

    Clock clock() {
        return clock;
    }

    /** Whether feedback was saved last by the instructor using this screen (in another window), not a colleague. */
    boolean savedByMe(GivenFeedback given) {
        return given.updatedBy() == userId;
    }

    /** The question's number in the lesson, as the reader shows it. */
    int number(Question question) {
        return content.questions().indexOf(question) + 1;
    }

    /** Loads the banks of every question at once, for a screen that shows them all. */
    void loadAllBanks() {
        review.commentBanks(assignment.id()).forEach((questionId, comments) ->
                banks.put(questionId, new CommentBank(review, assignment.id(), questionId, comments)));
    }

    /** The bank of one question, shared by every editor of the screen so a comment saved in one shows in all. */
    CommentBank bank(Question question) {
        return banks.computeIfAbsent(question.id(), id -> new CommentBank(review, assignment.id(), id,
                review.commentBank(assignment.id(), id)));
    }
}
