package org.sourcework.lessons;

/**
 * A lesson's content with the number of its version, so that a screen can tell work done on this
 * version from work done on another.
 */
public record VersionedContent(int number, LessonContent content) {}
