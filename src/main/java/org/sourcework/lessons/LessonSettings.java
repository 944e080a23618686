package org.sourcework.lessons;

/**
 * @param gated             a section opens only when the previous one is answered
 * @param immediateFeedback the explanation of a chosen option is shown straight away
 */
public record LessonSettings(boolean gated, boolean immediateFeedback) {

    public static final LessonSettings DEFAULTS = new LessonSettings(false, true);
}
