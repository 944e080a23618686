package org.sourcework.responses;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import org.sourcework.lessons.Categorisation;
import org.sourcework.lessons.Evidence;
import org.sourcework.lessons.MultipleChoice;
import org.sourcework.lessons.Option;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.SingleChoice;
import org.sourcework.lessons.WrittenQuestion;
import org.sourcework.responses.AnswerValue.CategorisationAnswer;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;
import org.sourcework.responses.AnswerValue.EvidenceAnswer;

/**
 * Scores answers from the lesson's answer key, always with two decimals:
 * <ul>
 * <li>single choice: full points for the correct option, else 0;</li>
 * <li>multiple choice: full points only for exactly the set of correct options (no partial credit,
 * so ticking everything never pays);</li>
 * <li>evidence: full points when at least one sentence is chosen and every chosen sentence is a key
 * sentence, else 0 (how many may be chosen is checked before scoring);</li>
 * <li>categorisation: the points times the share of statements put in their right category,
 * rounded half up; an unplaced statement counts as wrong;</li>
 * <li>written answers: no automatic score (null); the instructor scores them.</li>
 * </ul>
 * A blank answer to an automatically scored question scores 0.
 */
final class Scorer {

    private Scorer() {}

    static BigDecimal score(Question question, AnswerValue value) {
        return switch (question) {
            case SingleChoice single ->
                allOrNothing(
                        single,
                        value instanceof ChoiceAnswer choice
                                && choice.optionIds()
                                        .equals(List.of(single.correctOption().id())));
            case MultipleChoice multiple ->
                allOrNothing(
                        multiple,
                        value instanceof ChoiceAnswer choice
                                && choice.optionIds().size()
                                        == multiple.correctOptions().size()
                                && new HashSet<>(choice.optionIds())
                                        .equals(new HashSet<>(multiple.correctOptions().stream()
                                                .map(Option::id)
                                                .toList())));
            case Evidence evidence ->
                allOrNothing(
                        evidence,
                        value instanceof EvidenceAnswer chosen
                                && !chosen.sentences().isEmpty()
                                && evidence.keySentences().containsAll(chosen.sentences()));
            case Categorisation categorisation -> share(categorisation, value);
            case WrittenQuestion written -> null;
        };
    }

    private static BigDecimal allOrNothing(Question question, boolean right) {
        return BigDecimal.valueOf(right ? question.points() : 0).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal share(Categorisation question, AnswerValue value) {
        var statements = question.statements();
        if (statements.isEmpty() || !(value instanceof CategorisationAnswer answer)) {
            return allOrNothing(question, false);
        }
        long right = statements.stream()
                .filter(statement ->
                        statement.categoryId().equals(answer.placements().get(statement.id())))
                .count();
        return BigDecimal.valueOf(question.points())
                .multiply(BigDecimal.valueOf(right))
                .divide(BigDecimal.valueOf(statements.size()), 2, RoundingMode.HALF_UP);
    }
}
