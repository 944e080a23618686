package org.sourcework.review.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.SaveOutcome;
import org.sourcework.base.ui.Autosaver;
import org.sourcework.lessons.Question;
import org.sourcework.responses.ClassAnswer;
import org.sourcework.review.FeedbackInput;
import org.sourcework.review.FeedbackRejectedException;
import org.sourcework.review.FeedbackRules;
import org.sourcework.review.GivenFeedback;
import org.sourcework.review.ReviewService;
import org.springframework.security.access.AccessDeniedException;

/**
 * Saves an instructor's feedback on one answer as they write it, like a student's answer: the
 * version it last saw goes with each save, so feedback another instructor changed meanwhile is
 * never overwritten silently.
 */
final class FeedbackSaver extends Autosaver<FeedbackInput, GivenFeedback> {

    private final ReviewService review;
    private final Question question;
    private final ClassAnswer answer;

    FeedbackSaver(
            ReviewService review, Clock clock, Question question, ClassAnswer answer, @Nullable GivenFeedback initial) {
        super(clock);
        this.review = review;
        this.question = question;
        this.answer = answer;
        begin(initial);
    }

    /** The input that gives the stored feedback, written the way the editor writes it. */
    static FeedbackInput inputOf(GivenFeedback given, Question question, @Nullable BigDecimal autoScore) {
        var computed = FeedbackRules.computedScore(question, autoScore, given.levels());
        var score = given.scoreOverridden() || computed == null ? plain(given.score()) : null;
        return new FeedbackInput(
                given.levels(),
                score,
                given.scoreOverridden() ? given.overrideReason() : null,
                given.comment(),
                given.sentence(),
                given.revisionRequested());
    }

    /** A score without trailing zeros, so 1.50 and 1.5 are the same value. */
    static @Nullable BigDecimal plain(@Nullable BigDecimal score) {
        if (score == null) {
            return null;
        }
        var stripped = score.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    @Override
    protected SaveOutcome<GivenFeedback> send(FeedbackInput value, @Nullable Integer expectedVersion) {
        return review.save(answer.answerId(), value, expectedVersion);
    }

    @Override
    protected int version(GivenFeedback stored) {
        return stored.version();
    }

    @Override
    protected Instant savedAt(GivenFeedback stored) {
        return stored.updatedAt();
    }

    @Override
    protected FeedbackInput value(GivenFeedback stored) {
        return inputOf(stored, question, answer.autoScore());
    }

    @Override
    protected boolean refuses(RuntimeException exception) {
        return exception instanceof FeedbackRejectedException || exception instanceof AccessDeniedException;
    }

    @Override
    protected boolean blank(FeedbackInput value) {
        return value.equals(FeedbackInput.empty());
    }

    /** Released or read meanwhile: the feedback itself is unchanged, so saving over it loses nothing. */
    @Override
    protected boolean settlesQuietly(GivenFeedback current, @Nullable FeedbackInput known) {
        return Objects.equals(value(current), known);
    }

    @Override
    public String toString() {
        return "feedback on answer " + answer.answerId();
    }
}
