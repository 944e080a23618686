package org.sourcework.lessons;

/**
 * @param gated         a section opens only when the previous one is answered
 * @param explanations  when a student sees the explanations of the options they chose
 * @param scoredAttempt which checked attempt of a choice question is scored and analysed
 */
public record LessonSettings(boolean gated, Explanations explanations, ScoredAttempt scoredAttempt) {

    public static final LessonSettings DEFAULTS =
            new LessonSettings(false, Explanations.AFTER_CHECK, ScoredAttempt.FIRST);

    /** When the explanations of chosen options are shown (lesson file: {@code explanations}). */
    public enum Explanations {
        /** after the student presses Check; every check is recorded */
        AFTER_CHECK,
        /** once the lesson is submitted */
        AFTER_SUBMIT,
        /** not to the student at all */
        NEVER
    }

    /** Which answer to a choice question counts (lesson file: {@code scored-attempt}). */
    public enum ScoredAttempt {
        /** the first answer the student checked, or the final one when they never checked */
        FIRST,
        /** the final answer, however often it was checked */
        LAST
    }

    /** The older spelling: {@code immediate-feedback: true} is "after check", false is "never". */
    public LessonSettings(boolean gated, boolean immediateFeedback) {
        this(gated, immediateFeedback ? Explanations.AFTER_CHECK : Explanations.NEVER, ScoredAttempt.FIRST);
    }

    /** Whether the student checks choice answers, and so makes attempts. */
    public boolean checksAnswers() {
        return explanations == Explanations.AFTER_CHECK;
    }
}
