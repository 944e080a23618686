package org.sourcework.lti.internal;

import org.sourcework.review.FeedbackReleased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues the scores of a release for every platform whose line item the assignment has, in the release's
 * own transaction: the queue holds exactly what was released, and a release that rolls back queues
 * nothing. Sending starts only after the commit, on another thread, so a platform that is slow or down
 * never holds up or undoes the release.
 */
@Component
class GradeQueue {

    private final LineItems lineItems;
    private final GradeRows rows;
    private final GradeSender sender;

    GradeQueue(LineItems lineItems, GradeRows rows, GradeSender sender) {
        this.lineItems = lineItems;
        this.rows = rows;
        this.sender = sender;
    }

    @EventListener
    void released(FeedbackReleased event) {
        boolean queued = false;
        for (var lineItem : lineItems.ofAssignment(event.assignmentId())) {
            if (!lineItem.maySendScores()) {
                continue;
            }
            for (var score : event.scores()) {
                var subject = rows.subjectOf(lineItem.platformId(), score.studentId());
                if (subject.isEmpty()) {
                    // a student who never launched from this platform has no id there to send a score for
                    continue;
                }
                rows.queue(
                        lineItem.platformId(),
                        lineItem.url(),
                        event.assignmentId(),
                        score.studentId(),
                        subject.get(),
                        score.given(),
                        score.maximum(),
                        event.releasedAt());
                queued = true;
            }
        }
        if (queued) {
            sendAfterCommit();
        }
    }

    private void sendAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            sender.soon();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sender.soon();
            }
        });
    }
}
