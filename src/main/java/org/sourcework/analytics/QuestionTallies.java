package org.sourcework.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sourcework.analytics.QuestionStats.AutoScores;
import org.sourcework.analytics.QuestionStats.CategorisationStats;
import org.sourcework.analytics.QuestionStats.ChoiceStats;
import org.sourcework.analytics.QuestionStats.EvidenceStats;
import org.sourcework.analytics.QuestionStats.Misplacement;
import org.sourcework.analytics.QuestionStats.OptionCount;
import org.sourcework.analytics.QuestionStats.SentenceCount;
import org.sourcework.analytics.QuestionStats.StatementCount;
import org.sourcework.analytics.QuestionStats.WrongChoice;
import org.sourcework.lessons.Categorisation;
import org.sourcework.lessons.Categorisation.Category;
import org.sourcework.lessons.ChoiceQuestion;
import org.sourcework.lessons.Evidence;
import org.sourcework.lessons.Option;
import org.sourcework.lessons.Section;
import org.sourcework.lessons.Sentence;
import org.sourcework.responses.AnswerTally;
import org.sourcework.responses.AnswerValue.CategorisationAnswer;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;
import org.sourcework.responses.AnswerValue.EvidenceAnswer;

/**
 * Turns the distinct answers to an automatically scored question, each with how many students gave
 * it, into the figures the analytics show. Pure arithmetic on a handful of rows: no queries.
 */
final class QuestionTallies {

    /** How many of the most common wrong answers are reported. */
    static final int TOP_WRONG = 5;

    private QuestionTallies() {}

    static ChoiceStats choice(ChoiceQuestion question, List<AnswerTally> tallies, long onEarlierVersions) {
        var options = question.options();
        var chosen = new LinkedHashMap<String, Long>();
        var wrongSets = new LinkedHashMap<List<Option>, Long>();
        for (var tally : tallies) {
            if (!(tally.value() instanceof ChoiceAnswer answer)) {
                continue;
            }
            var ids = new HashSet<>(answer.optionIds());
            ids.forEach(id -> chosen.merge(id, tally.students(), Long::sum));
            if (!fullMarks(tally)) {
                // in the lesson's order, so the same set chosen in another order counts once
                var set = options.stream()
                        .filter(option -> ids.contains(option.id()))
                        .toList();
                wrongSets.merge(set, tally.students(), Long::sum);
            }
        }
        var counts = options.stream()
                .map(option -> new OptionCount(option, chosen.getOrDefault(option.id(), 0L)))
                .toList();
        var wrong = top(wrongSets, set -> set.stream().map(Option::id).collect(Collectors.joining(" "))).stream()
                .map(e -> new WrongChoice(e.getKey(), e.getValue()))
                .toList();
        return new ChoiceStats(
                question, answered(tallies), scores(question.points(), tallies), counts, wrong, onEarlierVersions);
    }

    static EvidenceStats evidence(
            Evidence question, Section section, List<AnswerTally> tallies, long onEarlierVersions) {
        var chosen = new LinkedHashMap<Integer, Long>();
        for (var tally : tallies) {
            if (tally.value() instanceof EvidenceAnswer answer) {
                Set.copyOf(answer.sentences()).forEach(number -> chosen.merge(number, tally.students(), Long::sum));
            }
        }
        var key = Set.copyOf(question.keySentences());
        List<SentenceCount> sentences = section.sentences().stream()
                .map(sentence -> count(sentence, key, chosen))
                .toList();
        return new EvidenceStats(
                question, answered(tallies), scores(question.points(), tallies), sentences, onEarlierVersions);
    }

    static CategorisationStats categorisation(
            Categorisation question, List<AnswerTally> tallies, long onEarlierVersions) {
        var categories = question.categories().stream().collect(Collectors.toMap(Category::id, Function.identity()));
        var right = new LinkedHashMap<String, Long>();
        var wrong = new LinkedHashMap<Misplaced, Long>();
        for (var tally : tallies) {
            if (!(tally.value() instanceof CategorisationAnswer answer)) {
                continue;
            }
            for (var statement : question.statements()) {
                var placed = answer.placements().get(statement.id());
                if (statement.categoryId().equals(placed)) {
                    right.merge(statement.id(), tally.students(), Long::sum);
                } else if (placed != null && categories.containsKey(placed)) {
                    wrong.merge(new Misplaced(statement.id(), placed), tally.students(), Long::sum);
                }
            }
        }
        var statements = question.statements().stream()
                .filter(statement -> categories.containsKey(statement.categoryId()))
                .map(statement -> new StatementCount(
                        statement, categories.get(statement.categoryId()), right.getOrDefault(statement.id(), 0L)))
                .toList();
        var statementsById = question.statements().stream()
                .collect(Collectors.toMap(Categorisation.Statement::id, Function.identity()));
        var misplacements = top(wrong, Misplaced::toString).stream()
                .map(e -> new Misplacement(
                        statementsById.get(e.getKey().statementId()),
                        categories.get(e.getKey().categoryId()),
                        e.getValue()))
                .toList();
        return new CategorisationStats(
                question,
                answered(tallies),
                scores(question.points(), tallies),
                statements,
                misplacements,
                onEarlierVersions);
    }

    private record Misplaced(String statementId, String categoryId) {}

    private static SentenceCount count(Sentence sentence, Set<Integer> key, Map<Integer, Long> chosen) {
        return new SentenceCount(
                sentence.number(),
                sentence.text(),
                key.contains(sentence.number()),
                chosen.getOrDefault(sentence.number(), 0L));
    }

    private static long answered(List<AnswerTally> tallies) {
        return tallies.stream().mapToLong(AnswerTally::students).sum();
    }

    private static boolean fullMarks(AnswerTally tally) {
        return tally.autoScore() != null && tally.autoScore().compareTo(BigDecimal.valueOf(tally.maxPoints())) >= 0;
    }

    private static AutoScores scores(int points, List<AnswerTally> tallies) {
        var answered = answered(tallies);
        if (answered == 0) {
            return new AutoScores(0, BigDecimal.ZERO, points);
        }
        var full = tallies.stream()
                .filter(QuestionTallies::fullMarks)
                .mapToLong(AnswerTally::students)
                .sum();
        var total = tallies.stream()
                .filter(tally -> tally.autoScore() != null)
                .map(tally -> tally.autoScore().multiply(BigDecimal.valueOf(tally.students())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new AutoScores(full, total.divide(BigDecimal.valueOf(answered), 2, RoundingMode.HALF_UP), points);
    }

    /** The most frequent entries, most frequent first; ties in the order of {@code tieOrder}, so always the same. */
    private static <K> List<Map.Entry<K, Long>> top(Map<K, Long> counts, Function<K, String> tieOrder) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<K, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(entry -> tieOrder.apply(entry.getKey())))
                .limit(TOP_WRONG)
                .toList();
    }
}
