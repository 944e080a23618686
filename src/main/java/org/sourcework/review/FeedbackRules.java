package org.sourcework.review;

import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.Message;
import org.sourcework.lessons.Criterion;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Level;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.Rubric;
import org.sourcework.lessons.WrittenQuestion;
import org.sourcework.review.FeedbackRejectedException.Field;

/** Checks feedback against its question and works out the score it gives. */
public final class FeedbackRules {

    public static final int MAX_COMMENT = 5000;
    public static final int MAX_REASON = 500;
    public static final int MAX_BANK_COMMENT = 1000;

    private FeedbackRules() {}

    /** The score and whether it overrides the rubric or automatic score, once the input is known to be valid. */
    record Scored(@Nullable BigDecimal score, boolean overridden) {}

    static Scored check(LessonContent content, Question question, @Nullable BigDecimal autoScore, FeedbackInput input) {
        if (input.comment().length() > MAX_COMMENT) {
            throw new FeedbackRejectedException(
                    Message.of(
                            "feedback.rejected.comment-too-long",
                            MAX_COMMENT,
                            input.comment().length()),
                    Field.COMMENT);
        }
        checkLevels(question, input.levels());
        checkSentence(content, question, input.sentence());
        var computed = computedScore(question, autoScore, input.levels());
        var score = input.score();
        if (score == null) {
            return new Scored(computed, false);
        }
        if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(question.points())) > 0) {
            throw new FeedbackRejectedException(
                    Message.of("feedback.rejected.score-range", question.points()), Field.SCORE);
        }
        if (score.stripTrailingZeros().scale() > 2) {
            throw new FeedbackRejectedException(Message.of("feedback.rejected.score-decimals"), Field.SCORE);
        }
        var overridden = computed != null && computed.compareTo(score) != 0;
        var reason =
                input.overrideReason() == null ? "" : input.overrideReason().strip();
        if (overridden && reason.isEmpty()) {
            throw new FeedbackRejectedException(
                    Message.of(
                            "feedback.rejected.reason-missing",
                            computed.stripTrailingZeros().toPlainString(),
                            score.stripTrailingZeros().toPlainString()),
                    Field.REASON);
        }
        if (reason.length() > MAX_REASON) {
            throw new FeedbackRejectedException(
                    Message.of("feedback.rejected.reason-too-long", MAX_REASON), Field.REASON);
        }
        return new Scored(score, overridden);
    }

    /** The rubric total once every criterion has a level; otherwise the automatic score, if any. */
    public static @Nullable BigDecimal computedScore(
            Question question, @Nullable BigDecimal autoScore, Map<String, Integer> levels) {
        var rubric = rubricOf(question);
        if (rubric == null) {
            return autoScore;
        }
        if (!rubric.criteria().stream().allMatch(criterion -> levels.containsKey(criterion.id()))) {
            return null;
        }
        return BigDecimal.valueOf(rubric.criteria().stream()
                        .mapToInt(criterion -> levels.get(criterion.id()))
                        .sum())
                .setScale(2);
    }

    public static @Nullable Rubric rubricOf(Question question) {
        return question instanceof WrittenQuestion written ? written.rubric() : null;
    }

    private static void checkLevels(Question question, Map<String, Integer> levels) {
        if (levels.isEmpty()) {
            return;
        }
        var rubric = rubricOf(question);
        if (rubric == null) {
            throw new FeedbackRejectedException(Message.of("feedback.rejected.no-rubric"), Field.LEVELS);
        }
        levels.forEach((criterionId, score) -> {
            var criterion = rubric.criteria().stream()
                    .filter(c -> c.id().equals(criterionId))
                    .findFirst()
                    .orElseThrow(() -> new FeedbackRejectedException(
                            Message.of("feedback.rejected.no-criterion", criterionId), Field.LEVELS));
            if (score == null
                    || criterion.levels().stream().mapToInt(Level::score).noneMatch(s -> s == score)) {
                throw new FeedbackRejectedException(
                        Message.of(
                                "feedback.rejected.no-level",
                                criterion.label(),
                                String.valueOf(score),
                                levelList(criterion)),
                        Field.LEVELS);
            }
        });
    }

    private static String levelList(Criterion criterion) {
        return String.join(
                ", ",
                criterion.levels().stream()
                        .map(level -> String.valueOf(level.score()))
                        .toList());
    }

    private static void checkSentence(LessonContent content, Question question, @Nullable Integer sentence) {
        if (sentence == null) {
            return;
        }
        var section = content.section(question.sectionId());
        if (section.isEmpty()) {
            throw new FeedbackRejectedException(Message.of("feedback.rejected.no-sentences"), Field.SENTENCE);
        }
        var count = section.get().sentences().size();
        if (sentence < 1 || sentence > count) {
            throw new FeedbackRejectedException(
                    Message.of("feedback.rejected.no-sentence", section.get().navLabel(), count, sentence),
                    Field.SENTENCE);
        }
    }
}
