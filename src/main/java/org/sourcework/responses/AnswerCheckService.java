package org.sourcework.responses;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sourcework.base.Message;
import org.sourcework.lessons.ChoiceQuestion;
import org.sourcework.lessons.LessonSettings.ScoredAttempt;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;
import org.sourcework.responses.internal.Answer;
import org.sourcework.responses.internal.AnswerAttempt;
import org.sourcework.responses.internal.AnswerAttemptRepository;
import org.sourcework.responses.internal.AnswerCodec;
import org.sourcework.responses.internal.AnswerRepository;
import org.sourcework.security.StudentOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checking a choice answer before submitting, where the lesson shows explanations "after check":
 * every checked answer is recorded as an attempt, so the instructor sees the guesses and the lesson
 * can score and analyse the first try ({@link StudentAnswers} scores from it). Instructors read
 * the attempts through {@link ClassWorkService#checkedAttempts}.
 */
@Service
@Transactional
public class AnswerCheckService {

    private final StudentWorks works;
    private final AnswerRepository answers;
    private final AnswerAttemptRepository attempts;

    AnswerCheckService(StudentWorks works, AnswerRepository answers, AnswerAttemptRepository attempts) {
        this.works = works;
        this.answers = answers;
        this.attempts = attempts;
    }

    /**
     * Records the student's saved answer to a choice question as checked (once: checking the same
     * answer again adds nothing) and returns every answer they checked, oldest first.
     *
     * @throws AnswerRejectedException when the question is not a choice, the lesson does not check
     *                                 answers, nothing is chosen yet or the answer can no longer change
     */
    @StudentOnly
    public List<ChoiceAnswer> check(long assignmentId, String questionId) {
        var context = works.lock(assignmentId);
        var question = context.question(questionId);
        var settings = context.content().settings();
        if (!(question instanceof ChoiceQuestion) || !settings.checksAnswers()) {
            throw new AnswerRejectedException(Message.of("answer.rejected.not-checked"));
        }
        works.requireStudentIn(context);
        var work = context.work().orElseThrow(AnswerCheckService::nothingChosen);
        var answer = answers.findByWorkIdAndQuestionId(work.getId(), questionId)
                .filter(found -> !found.isBlank())
                .orElseThrow(AnswerCheckService::nothingChosen);
        if (!answer.isRevisionRequested()) {
            work.requireNotSubmitted();
        }
        var value = (ChoiceAnswer) AnswerCodec.decode(answer.stored());
        var earlier = attempts.findByAnswerIdOrderByNumberAsc(answer.getId());
        if (earlier.isEmpty() || !earlier.getLast().value().equals(value)) {
            // the first check is the scored attempt; the answer's score already is this value's score
            boolean scored = earlier.isEmpty() && settings.scoredAttempt() == ScoredAttempt.FIRST;
            attempts.saveAndFlush(new AnswerAttempt(answer.getId(), earlier.size() + 1, value, scored, works.now()));
        }
        return valuesOf(attempts.findByAnswerIdOrderByNumberAsc(answer.getId()));
    }

    /** The answers the student checked, by question id, oldest first; starts nothing. */
    @StudentOnly
    @Transactional(readOnly = true)
    public Map<String, List<ChoiceAnswer>> myAttempts(long assignmentId) {
        var context = works.find(assignmentId);
        works.requireStudentIn(context);
        var stored =
                context.work().map(work -> answers.findByWorkId(work.getId())).orElse(List.of());
        if (stored.isEmpty()) {
            return Map.of();
        }
        var questionOf = stored.stream().collect(Collectors.toMap(Answer::getId, Answer::getQuestionId));
        return byAnswer(attempts.findByAnswerIdInOrderByAnswerIdAscNumberAsc(questionOf.keySet())).entrySet().stream()
                .collect(Collectors.toMap(entry -> questionOf.get(entry.getKey()), Map.Entry::getValue));
    }

    static Map<Long, List<ChoiceAnswer>> byAnswer(List<AnswerAttempt> found) {
        return found.stream()
                .collect(Collectors.groupingBy(
                        AnswerAttempt::getAnswerId, Collectors.mapping(AnswerAttempt::value, Collectors.toList())));
    }

    private static List<ChoiceAnswer> valuesOf(List<AnswerAttempt> found) {
        return found.stream().map(AnswerAttempt::value).toList();
    }

    private static AnswerRejectedException nothingChosen() {
        return new AnswerRejectedException(Message.of("answer.rejected.nothing-to-check"));
    }
}
