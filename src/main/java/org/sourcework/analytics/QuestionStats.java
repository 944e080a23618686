package org.sourcework.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcework.lessons.Categorisation;
import org.sourcework.lessons.Categorisation.Category;
import org.sourcework.lessons.Categorisation.Statement;
import org.sourcework.lessons.ChoiceQuestion;
import org.sourcework.lessons.Criterion;
import org.sourcework.lessons.Evidence;
import org.sourcework.lessons.Level;
import org.sourcework.lessons.Option;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.WrittenQuestion;

/**
 * How a class answered one question, one record per kind of question. {@link #answered()} counts
 * the students with a non-blank answer, each answer as the instructor sees it.
 */
public sealed interface QuestionStats {

    Question question();

    long answered();

    /**
     * Answers written to an earlier version of the lesson that asked this question differently
     * (other options, statements or passage): left out of the figures, whose options, sentences and
     * statements are the current version's.
     */
    default long onEarlierVersions() {
        return 0;
    }

    /** Automatic scores: how many answers got full marks, and the mean score. */
    record AutoScores(long fullMarks, BigDecimal mean, int points) {

        public static final AutoScores NONE = new AutoScores(0, BigDecimal.ZERO, 0);
    }

    record OptionCount(Option option, long count) {}

    /** A wrong set of options and how many students chose exactly that set. */
    record WrongChoice(List<Option> options, long count) {

        public WrongChoice {
            options = List.copyOf(options);
        }
    }

    /** Per option how many chose it (options of a multiple-choice question add up to more than answered). */
    record ChoiceStats(
            ChoiceQuestion question,
            long answered,
            AutoScores scores,
            List<OptionCount> options,
            List<WrongChoice> wrongAnswers,
            long onEarlierVersions)
            implements QuestionStats {

        public ChoiceStats {
            options = List.copyOf(options);
            wrongAnswers = List.copyOf(wrongAnswers);
        }
    }

    /** How many students chose one sentence of the section. */
    record SentenceCount(int number, String text, boolean inKey, long count) {}

    record EvidenceStats(
            Evidence question, long answered, AutoScores scores, List<SentenceCount> sentences, long onEarlierVersions)
            implements QuestionStats {

        public EvidenceStats {
            sentences = List.copyOf(sentences);
        }
    }

    /** How many students put a statement in its right category. */
    record StatementCount(Statement statement, Category rightCategory, long placedRight) {}

    /** A statement put in a wrong category, and by how many students. */
    record Misplacement(Statement statement, Category placedIn, long count) {}

    record CategorisationStats(
            Categorisation question,
            long answered,
            AutoScores scores,
            List<StatementCount> statements,
            List<Misplacement> misplacements,
            long onEarlierVersions)
            implements QuestionStats {

        public CategorisationStats {
            statements = List.copyOf(statements);
            misplacements = List.copyOf(misplacements);
        }
    }

    record LevelCount(Level level, long count) {}

    /** How many answers got each level of one rubric criterion. */
    record CriterionLevels(Criterion criterion, List<LevelCount> levels, long rated) {

        public CriterionLevels {
            levels = List.copyOf(levels);
        }
    }

    /**
     * @param scored    answers with a score from the instructor
     * @param meanScore the mean of those scores; null when none is scored
     */
    record WrittenStats(
            WrittenQuestion question,
            long answered,
            long scored,
            @Nullable BigDecimal meanScore,
            List<CriterionLevels> criteria)
            implements QuestionStats {

        public WrittenStats {
            criteria = List.copyOf(criteria);
        }
    }

    /** {@code part} of {@code whole} as a whole percentage, rounded half up; 0 of nothing is 0. */
    static int percent(long part, long whole) {
        return whole == 0
                ? 0
                : BigDecimal.valueOf(part * 100)
                        .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP)
                        .intValue();
    }
}
