package org.sourcework.responses;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcework.lessons.Question;
import org.sourcework.responses.internal.Answer;
import org.sourcework.responses.internal.StudentWork;

/** Builds the {@link WorkState} of a piece of work, or of work not started yet. */
final class WorkStates {

    private WorkStates() {}

    static WorkState of(WorkContext context, @Nullable StudentWork work, Collection<Answer> answers, Instant now) {
        var answered = answeredQuestionIds(answers);
        int count = (int) context.content().questions().stream()
                .map(Question::id)
                .filter(answered::contains)
                .count();
        var status = work == null ? WorkStatus.NOT_STARTED : work.getStatus();
        return new WorkState(
                context.assignment().id(),
                context.lessonVersion(),
                status,
                work == null ? null : work.getLastSection(),
                work == null ? null : work.getSubmittedAt(),
                late(status, work != null && work.isLate(), context.assignment().dueAt(), now),
                count,
                context.content().questions().size(),
                work == null ? ReadingView.ORIGINAL : work.getReadingView());
    }

    static Set<String> answeredQuestionIds(Collection<Answer> answers) {
        return answers.stream()
                .filter(answer -> !answer.isBlank())
                .map(Answer::getQuestionId)
                .collect(Collectors.toSet());
    }

    static List<String> unanswered(WorkContext context, Collection<Answer> answers) {
        var answered = answeredQuestionIds(answers);
        return context.content().questions().stream()
                .map(Question::id)
                .filter(id -> !answered.contains(id))
                .toList();
    }

    /** Submitted late, or not submitted and past the due date. */
    static boolean late(WorkStatus status, boolean submittedLate, @Nullable Instant dueAt, Instant now) {
        return status == WorkStatus.SUBMITTED ? submittedLate : dueAt != null && now.isAfter(dueAt);
    }
}
