package org.sourcework.review;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sourcework.responses.ResponseService;
import org.sourcework.review.internal.FeedbackRepository;
import org.sourcework.security.CurrentUser;
import org.sourcework.security.StudentOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Students' own released feedback: what they see first on their home, and reading it. Never drafts. */
@Service
@Transactional
public class StudentFeedbackService {

    private final ResponseService responses;
    private final FeedbackRepository feedback;
    private final CurrentUser currentUser;
    private final Clock clock;

    StudentFeedbackService(ResponseService responses, FeedbackRepository feedback, CurrentUser currentUser,
            Clock clock) {
        this.responses = responses;
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
            summaries.put(assignmentId, new FeedbackSummary(assignmentId, ((Number) row[1]).longValue(),
                    unread.getOrDefault(assignmentId, 0L)));
        });
        return summaries;
    }

    /** The student's released feedback on an assignment of one of their classes; does not mark it read. */
    @StudentOnly
    public StudentFeedback myFeedback(long assignmentId) {
        var versions = responses.myAnswerVersions(assignmentId);
        var lesson = responses.open(assignmentId);
        List<GivenFeedback> released = feedback.findByAssignmentIdAndStudentIdAndStatusOrderByIdAsc(assignmentId,
                currentUser.id(), FeedbackStatus.RELEASED).stream().map(ReviewService::given).toList();
        return new StudentFeedback(lesson, released, versions);
    }

    /** Marks the student's released feedback on the assignment as read; returns how many were new. */
    @StudentOnly
    public int markRead(long assignmentId) {
        responses.myAnswerVersions(assignmentId);
        return feedback.markRead(assignmentId, currentUser.id(), clock.instant().truncatedTo(ChronoUnit.MICROS));
    }
}
