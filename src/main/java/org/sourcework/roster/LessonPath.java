package org.sourcework.roster;

/**
 * Which questions of a lesson a class is given: the lesson's core path, which fits one class
 * period, or every question. Progress, scores, the overview and analytics count only these.
 */
public enum LessonPath {
    /** The questions the lesson marks as its core path (every question when it marks none). */
    CORE,
    /** Every question of the lesson. */
    FULL
}
