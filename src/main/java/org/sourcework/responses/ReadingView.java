package org.sourcework.responses;

/**
 * How a student reads a lesson's text, where the lesson has an adapted version: the source as
 * written, the adapted text in plain present-day English, or both side by side. Evidence
 * questions always number the sentences of the original, whichever is chosen.
 */
public enum ReadingView {
    ORIGINAL,
    ADAPTED,
    BOTH
}
