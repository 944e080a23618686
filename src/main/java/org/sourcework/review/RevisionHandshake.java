package org.sourcework.review;

import java.util.List;
import org.sourcework.responses.ClassWorkService;
import org.sourcework.review.internal.Feedback;
import org.springframework.stereotype.Component;

/**
 * The one place that keeps a student's permission to revise an answer (the answer's open
 * revision, owned by responses) in step with the feedback that asks for it (owned by review). A
 * request in a draft is only the instructor's intent; it opens the answer when the feedback is
 * released, and a change to released feedback opens or withdraws it. See
 * docs/decisions/0012-revision-handshake.md.
 */
@Component
class RevisionHandshake {

    private final ClassWorkService classWork;

    RevisionHandshake(ClassWorkService classWork) {
        this.classWork = classWork;
    }

    /** Released feedback was saved again: its answer's revision follows what it now asks. */
    void saved(Feedback feedback, boolean askedBefore) {
        if (feedback.getStatus() != FeedbackStatus.RELEASED || askedBefore == feedback.isRevisionRequested()) {
            return;
        }
        if (feedback.isRevisionRequested()) {
            classWork.requestRevision(feedback.getAnswerId());
        } else {
            classWork.withdrawRevisionRequest(feedback.getAnswerId());
        }
    }

    /** Drafts were released: every answer they ask to revise opens, in one statement. */
    void released(long assignmentId, List<Feedback> released) {
        classWork.requestRevisions(
                assignmentId,
                released.stream()
                        .filter(Feedback::isRevisionRequested)
                        .map(Feedback::getAnswerId)
                        .toList());
    }
}
