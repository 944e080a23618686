package org.sourcework.feedback;

import java.util.Map;
import org.sourcework.responses.ResponseService;
import org.sourcework.review.FeedbackSummary;
import org.sourcework.review.ReleasedFeedbackService;
import org.sourcework.security.StudentOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Students' own released feedback: what they see first on their home, and reading it. Never drafts. */
@Service
@Transactional
public class StudentFeedbackService {

    private final ResponseService responses;
    private final ReleasedFeedbackService released;

    StudentFeedbackService(ResponseService responses, ReleasedFeedbackService released) {
        this.responses = responses;
        this.released = released;
    }

    /** Per assignment with released feedback: how much there is and how much is unread. Two statements. */
    @StudentOnly
    @Transactional(readOnly = true)
    public Map<Long, FeedbackSummary> mySummaries() {
        return released.mySummaries();
    }

    /** The student's released feedback on an assignment of one of their classes; does not mark it read. */
    @StudentOnly
    public StudentFeedback myFeedback(long assignmentId) {
        var versions = responses.myAnswerVersions(assignmentId);
        var lesson = responses.open(assignmentId);
        return new StudentFeedback(lesson, released.mine(assignmentId), versions);
    }

    /** Marks the student's released feedback on the assignment as read; returns how many were new. */
    @StudentOnly
    public int markRead(long assignmentId) {
        // refuses an assignment that is not one of the student's classes'
        responses.myAnswerVersions(assignmentId);
        return released.markMineRead(assignmentId);
    }
}
