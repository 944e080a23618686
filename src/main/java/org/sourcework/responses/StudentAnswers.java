package org.sourcework.responses;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcework.lessons.Question;
import org.sourcework.responses.SaveResult.Conflict;
import org.sourcework.responses.SaveResult.Saved;
import org.sourcework.responses.internal.Answer;
import org.sourcework.responses.internal.AnswerCodec;
import org.sourcework.responses.internal.AnswerRepository;
import org.sourcework.responses.internal.StudentWork;
import org.springframework.stereotype.Component;

/** Reads and writes the answers of one piece of work; callers have checked the input and access. */
@Component
class StudentAnswers {

    private final AnswerRepository answers;

    StudentAnswers(AnswerRepository answers) {
        this.answers = answers;
    }

    /**
     * Writes the answer unless the stored one has moved on from {@code expectedVersion} (null when
     * the student's copy has never been saved): then nothing is written and the stored answer is
     * returned, so no tab silently overwrites another.
     */
    SaveResult write(StudentWork work, Question question, AnswerValue value, @Nullable Integer expectedVersion,
            Instant now) {
        work.requireNotSubmitted();
        var existing = answers.findByWorkIdAndQuestionId(work.getId(), question.id());
        if (existing.isPresent() && !Objects.equals(existing.get().getVersion(), expectedVersion)) {
            return new Conflict(saved(existing.get()));
        }
        work.answerSaved(now);
        var answer = existing.orElseGet(() -> new Answer(work.getId(), question.id()));
        answer.record(AnswerCodec.encode(value), value.isBlank(), Scorer.score(question, value), question.points(),
                now);
        return new Saved(saved(answers.saveAndFlush(answer)));
    }

    List<Answer> of(StudentWork work) {
        return answers.findByWorkId(work.getId());
    }

    Map<String, SavedAnswer> byQuestion(List<Answer> stored) {
        return stored.stream().map(StudentAnswers::saved)
                .collect(Collectors.toMap(SavedAnswer::questionId, Function.identity()));
    }

    static SavedAnswer saved(Answer answer) {
        return new SavedAnswer(answer.getQuestionId(), AnswerCodec.decode(answer.stored()), answer.getVersion(),
                answer.getSavedAt(), answer.getScore(), answer.getMaxPoints());
    }
}
