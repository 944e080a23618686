package org.sourcework.review.ui;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcework.review.BankComment;
import org.sourcework.review.ReviewService;

/**
 * The comment bank of one question as a screen holds it: every editor of the question shows the
 * same list, and a comment added or removed in one shows in all of them.
 */
final class CommentBank {

    private final ReviewService review;
    private final long assignmentId;
    private final String questionId;
    private final List<BankComment> comments;
    private final List<Runnable> listeners = new ArrayList<>();

    CommentBank(ReviewService review, long assignmentId, String questionId, List<BankComment> comments) {
        this.review = review;
        this.assignmentId = assignmentId;
        this.questionId = questionId;
        this.comments = new ArrayList<>(comments);
    }

    List<BankComment> comments() {
        return List.copyOf(comments);
    }

    /** @throws org.sourcework.review.FeedbackRejectedException when the text is empty, too long or already kept */
    void add(String text, @Nullable String criterionId) {
        comments.add(review.addToBank(assignmentId, questionId, criterionId, text));
        changed();
    }

    void remove(BankComment comment) {
        if (comment.id() != null) {
            review.removeFromBank(comment.id());
            comments.remove(comment);
            changed();
        }
    }

    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void changed() {
        List.copyOf(listeners).forEach(Runnable::run);
    }
}
