package org.sourcework.responses;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.Message;
import org.sourcework.base.SaveOutcome;
import org.sourcework.base.SaveOutcome.Conflict;
import org.sourcework.base.SaveOutcome.Saved;
import org.sourcework.lessons.ChoiceQuestion;
import org.sourcework.lessons.Question;
import org.sourcework.responses.internal.Answer;
import org.sourcework.responses.internal.AnswerAttempt;
import org.sourcework.responses.internal.AnswerAttemptRepository;
import org.sourcework.responses.internal.AnswerCodec;
import org.sourcework.responses.internal.AnswerRepository;
import org.sourcework.responses.internal.AnswerRevision;
import org.sourcework.responses.internal.AnswerRevisionRepository;
import org.sourcework.responses.internal.StudentWork;
import org.springframework.stereotype.Component;

/** Reads and writes the answers of one piece of work; callers have checked the input and access. */
@Component
class StudentAnswers {

    private final AnswerRepository answers;
    private final AnswerRevisionRepository revisions;
    private final AnswerAttemptRepository attempts;

    StudentAnswers(AnswerRepository answers, AnswerRevisionRepository revisions, AnswerAttemptRepository attempts) {
        this.answers = answers;
        this.revisions = revisions;
        this.attempts = attempts;
    }

    /**
     * Writes the answer unless the stored one has moved on from {@code expectedVersion} (null when
     * the student's copy has never been saved): then nothing is written and the stored answer is
     * returned, so no tab silently overwrites another.
     */
    SaveOutcome<SavedAnswer> write(
            StudentWork work, Question question, AnswerValue value, @Nullable Integer expectedVersion, Instant now) {
        var existing = answers.findByWorkIdAndQuestionId(work.getId(), question.id());
        var revising = existing.map(Answer::isRevisionRequested).orElse(false);
        if (!revising) {
            work.requireNotSubmitted();
        }
        if (existing.isPresent() && !Objects.equals(existing.get().getVersion(), expectedVersion)) {
            return new Conflict<>(saved(existing.get()));
        }
        if (!revising) {
            work.answerSaved(now);
        }
        var answer = existing.orElseGet(() -> new Answer(work.getId(), question.id()));
        answer.record(
                AnswerCodec.encode(value),
                value.isBlank(),
                Scorer.score(question, scoredValue(answer, question, value)),
                question.points(),
                now);
        return new Saved<>(saved(answers.saveAndFlush(answer)));
    }

    /** What is scored: the attempt the lesson scores once the student has checked one, else the answer itself. */
    private AnswerValue scoredValue(Answer answer, Question question, AnswerValue value) {
        if (!(question instanceof ChoiceQuestion) || answer.getId() == null) {
            return value;
        }
        return attempts.findByAnswerIdOrderByNumberAsc(answer.getId()).stream()
                .filter(AnswerAttempt::isScored)
                .findFirst()
                .<AnswerValue>map(AnswerAttempt::value)
                .orElse(value);
    }

    /**
     * Freezes every answer that changed since it was last handed in, so feedback is always given on
     * a fixed text. Open revision requests end: the whole lesson is handed in again.
     */
    void handIn(StudentWork work, Instant now) {
        var stored = answers.findByWorkId(work.getId());
        var latest = latestRevisions(stored);
        for (var answer : stored) {
            freezeIfChanged(answer, latest.get(answer.getId()), now);
            answer.closeRevision();
        }
    }

    /** Hands in one revised answer of a submitted lesson, as the instructor asked. */
    SavedAnswer handInRevision(StudentWork work, String questionId, Instant now) {
        var answer = answers.findByWorkIdAndQuestionId(work.getId(), questionId)
                .filter(Answer::isRevisionRequested)
                .orElseThrow(() -> new AnswerRejectedException(Message.of("answer.rejected.no-revision-asked")));
        var latest = revisions.latestOf(List.of(answer.getId()));
        freezeIfChanged(answer, latest.isEmpty() ? null : latest.getFirst(), now);
        answer.closeRevision();
        return saved(answers.saveAndFlush(answer));
    }

    private Map<Long, AnswerRevision> latestRevisions(List<Answer> stored) {
        if (stored.isEmpty()) {
            return Map.of();
        }
        return revisions.latestOf(stored.stream().map(Answer::getId).toList()).stream()
                .collect(Collectors.toMap(AnswerRevision::getAnswerId, Function.identity()));
    }

    private void freezeIfChanged(Answer answer, @Nullable AnswerRevision latest, Instant now) {
        if (latest == null || !latest.matches(answer)) {
            revisions.save(new AnswerRevision(answer, latest == null ? 1 : latest.getNumber() + 1, now));
        }
    }

    /** Every handed-in version of the work's answers, oldest first, by question id. */
    Map<String, List<AnswerVersion>> versions(StudentWork work) {
        var stored = answers.findByWorkId(work.getId());
        if (stored.isEmpty()) {
            return Map.of();
        }
        var questionIds = stored.stream().collect(Collectors.toMap(Answer::getId, Answer::getQuestionId));
        return revisions.findByAnswerIdInOrderByAnswerIdAscNumberAsc(questionIds.keySet()).stream()
                .collect(Collectors.groupingBy(
                        revision -> questionIds.get(revision.getAnswerId()),
                        Collectors.mapping(ClassWorkService::version, Collectors.toList())));
    }

    List<Answer> of(StudentWork work) {
        return answers.findByWorkId(work.getId());
    }

    Map<String, SavedAnswer> byQuestion(List<Answer> stored) {
        return stored.stream()
                .map(StudentAnswers::saved)
                .collect(Collectors.toMap(SavedAnswer::questionId, Function.identity()));
    }

    static SavedAnswer saved(Answer answer) {
        return new SavedAnswer(
                answer.getQuestionId(),
                AnswerCodec.decode(answer.stored()),
                answer.getVersion(),
                answer.getSavedAt(),
                answer.getScore(),
                answer.getMaxPoints(),
                answer.isRevisionRequested());
    }
}
