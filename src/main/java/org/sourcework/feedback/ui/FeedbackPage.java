package org.sourcework.feedback.ui;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.ui.ReaderFormat;
import org.sourcework.feedback.StudentFeedback;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Question;
import org.sourcework.responses.AnswerVersion;
import org.sourcework.responses.SavedAnswer;
import org.sourcework.review.GivenFeedback;

/**
 * What the parts of the feedback view share: the student's released feedback, their versions, and
 * which feedback was new when they opened the page (it is marked read as they do).
 */
record FeedbackPage(StudentFeedback feedback, Set<Long> newFeedbackIds, ReaderFormat format) {

    FeedbackPage(StudentFeedback feedback, ReaderFormat format) {
        this(
                feedback,
                Set.copyOf(feedback.feedback().stream()
                        .filter(given -> !given.read())
                        .map(GivenFeedback::id)
                        .toList()),
                format);
    }

    long assignmentId() {
        return feedback.lesson().assignmentId();
    }

    LessonContent content() {
        return feedback.lesson().content();
    }

    /** The number the reader gives the question: its place in the lesson, from 1. */
    int number(Question question) {
        return content().questions().indexOf(question) + 1;
    }

    /** The newest released feedback on the question, if any. */
    Optional<GivenFeedback> latest(String questionId) {
        return released(questionId).stream().max(Comparator.comparingLong(GivenFeedback::id));
    }

    /** Every released feedback on the question, oldest first. */
    List<GivenFeedback> released(String questionId) {
        return feedback.feedback().stream()
                .filter(given -> given.questionId().equals(questionId))
                .toList();
    }

    boolean isNew(GivenFeedback given) {
        return newFeedbackIds.contains(given.id());
    }

    List<AnswerVersion> versions(String questionId) {
        return feedback.versions().getOrDefault(questionId, List.of());
    }

    Optional<AnswerVersion> version(String questionId, long revisionId) {
        return versions(questionId).stream()
                .filter(version -> version.revisionId() == revisionId)
                .findFirst();
    }

    /** The student's answer as it stands now. */
    @Nullable
    SavedAnswer current(String questionId) {
        return feedback.lesson().answers().get(questionId);
    }

    /** The instructor asked for a revision that the student has not handed in yet. */
    boolean revising(String questionId) {
        var current = current(questionId);
        return current != null && current.revisionRequested();
    }

    /** "2", "1.5": a score without needless decimals. */
    static String points(BigDecimal score) {
        return score.stripTrailingZeros().toPlainString();
    }
}
