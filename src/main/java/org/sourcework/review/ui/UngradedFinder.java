package org.sourcework.review.ui;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sourcework.lessons.Question;
import org.sourcework.responses.ClassAnswer;
import org.sourcework.review.GivenFeedback;
import org.sourcework.roster.ClassStudent;
import org.sourcework.roster.RosterQueries;

/**
 * Finds, for focused grading, the next student after a given one (by name, as the screen lists them,
 * going round to the start) whose handed-in answer to the question has no feedback on its newest
 * version. Reads a page of students at a time, so a class of 200 costs a few pages at most.
 */
final class UngradedFinder {

    private final ReviewContext context;
    private final RosterQueries roster;
    private final Question question;

    UngradedFinder(ReviewContext context, RosterQueries roster, Question question) {
        this.context = context;
        this.roster = roster;
        this.question = question;
    }

    /** The position of the next ungraded answer after {@code from}, or empty when every answer has feedback. */
    OptionalInt after(int from, int total) {
        var found = search(from + 1, total);
        return found.isPresent() ? found : search(0, Math.min(from + 1, total));
    }

    private OptionalInt search(int start, int end) {
        for (int offset = start; offset < end; offset += QuestionAnswers.PAGE) {
            var students = roster.studentsOf(
                    context.assignment().classId(), offset, Math.min(QuestionAnswers.PAGE, end - offset));
            if (students.isEmpty()) {
                break;
            }
            var ids = students.stream().map(ClassStudent::userId).toList();
            var answers = context.classWork().answersTo(context.assignmentId(), question.id(), ids).stream()
                    .collect(Collectors.toMap(ClassAnswer::studentId, Function.identity()));
            var reviewed = context.review().feedbackFor(context.assignmentId(), ids).stream()
                    .map(GivenFeedback::revisionId)
                    .collect(Collectors.toSet());
            for (int index = 0; index < students.size(); index++) {
                var answer = answers.get(students.get(index).userId());
                if (answer != null
                        && answer.handedIn()
                        && !reviewed.contains(Objects.requireNonNull(answer.revisionId()))) {
                    return OptionalInt.of(offset + index);
                }
            }
        }
        return OptionalInt.empty();
    }
}
