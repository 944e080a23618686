package org.sourcework.review;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sourcework.review.internal.FeedbackRepository;
import org.sourcework.security.CurrentUser;
import org.sourcework.security.StudentOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The student's side of the feedback table: only their own released feedback, never drafts, and
 * the moment they read it. Review owns the table; the student's feedback feature reads it here.
 * Every method is limited to the signed-in student's own rows; whether the assignment is one of
 * their classes' is checked by the caller, through the responses feature.
 */
@Service
@Transactional
public class ReleasedFeedbackService {

    private final FeedbackRepository feedback;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReleasedFeedbackService(FeedbackRepository feedback, CurrentUser currentUser, Clock clock) {
        this.feedback = feedback;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Per assignment with released feedback: how much there is and how much is unread. Two statements. */
    @Transactional(readOnly = true)
    @StudentOnly
    public Map<Long, FeedbackSummary> mySummaries() {
        var unread = new HashMap<Long, Long>();
        feedback.unreadByAssignment(currentUser.id())
                .forEach(row -> unread.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        var summaries = new HashMap<Long, FeedbackSummary>();
        feedback.releasedByAssignment(currentUser.id()).forEach(row -> {
            var assignmentId = ((Number) row[0]).longValue();
            summaries.put(
                    assignmentId,
                    new FeedbackSummary(
                            assignmentId, ((Number) row[1]).longValue(), unread.getOrDefault(assignmentId, 0L)));
        });
        return summaries;
    }

    /** The student's released feedback on an assignment, oldest first; does not mark it read. */
    @StudentOnly
    @Transactional(readOnly = true)
    public List<GivenFeedback> mine(long assignmentId) {
        return feedback
                .findByAssignmentIdAndStudentIdAndStatusOrderByIdAsc(
                        assignmentId, currentUser.id(), FeedbackStatus.RELEASED)
                .stream()
                .map(ReviewService::given)
                .toList();
    }

    /** Marks the student's released feedback on the assignment as read; returns how many were new. */
    @StudentOnly
    public int markMineRead(long assignmentId) {
        return feedback.markRead(assignmentId, currentUser.id(), clock.instant().truncatedTo(ChronoUnit.MICROS));
    }
}
