package org.sourcework.review;

import java.util.List;
import java.util.Map;
import org.sourcework.responses.StudentProgress;
import org.sourcework.roster.ClassStudent;

/**
 * One student's line of the class overview.
 *
 * @param feedback the newest feedback on each question, by question id
 * @param revising questions the student has been asked to revise and has not handed in again
 * @param review   how many of the student's written answers have been reviewed so far
 */
public record OverviewRow(
        ClassStudent student,
        StudentProgress progress,
        StudentStatus status,
        Map<String, GivenFeedback> feedback,
        List<String> revising,
        ReviewProgress review) {

    public OverviewRow {
        feedback = Map.copyOf(feedback);
        revising = List.copyOf(revising);
    }
}
