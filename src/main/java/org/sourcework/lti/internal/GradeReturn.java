package org.sourcework.lti.internal;

import java.time.Instant;
import java.util.List;
import org.sourcework.review.ScoreReturnStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The queue of scores as the instructor's service needs it; access is checked by that service. */
@Component
public class GradeReturn {

    private final GradeRows rows;
    private final LineItems lineItems;
    private final GradeSender sender;

    GradeReturn(GradeRows rows, LineItems lineItems, GradeSender sender) {
        this.rows = rows;
        this.lineItems = lineItems;
        this.sender = sender;
    }

    public boolean returnsScores(long assignmentId) {
        return rows.anyFor(assignmentId)
                || lineItems.ofAssignment(assignmentId).stream().anyMatch(LineItems.LineItem::maySendScores);
    }

    public List<ScoreReturnStatus> statuses(long assignmentId) {
        return rows.latest(assignmentId).stream().map(GradeReturn::status).toList();
    }

    /** Makes the student's unsent scores due now and tries them once this transaction has committed. */
    public boolean sendAgain(long assignmentId, long studentId, Instant now) {
        if (rows.sendAgain(assignmentId, studentId, now) == 0) {
            return false;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sender.soon();
                }
            });
        } else {
            sender.soon();
        }
        return true;
    }

    /** A round of sending now, unless one is running here or on another node; returns whether it ran. */
    public boolean sendDueNow() {
        return sender.sendDueIfFree();
    }

    private static ScoreReturnStatus status(GradeRows.Latest row) {
        var problem = row.problem() == null ? null : ScoreReturnStatus.Problem.valueOf(row.problem());
        var state = switch (row.status()) {
            case "SENT" -> ScoreReturnStatus.State.SENT;
            case "FAILED" -> ScoreReturnStatus.State.FAILED;
            default -> row.attempts() > 0 ? ScoreReturnStatus.State.RETRYING : ScoreReturnStatus.State.WAITING;
        };
        return new ScoreReturnStatus(
                row.studentId(),
                state,
                row.platformName(),
                state == ScoreReturnStatus.State.RETRYING ? row.nextAttemptAt() : null,
                state == ScoreReturnStatus.State.SENT ? null : problem,
                row.sentAt());
    }
}
