package org.sourcework.lessons;

/**
 * A {@code [Page 89]} mark of the printed edition: a page starts here. Shown as a margin label,
 * never counted as a sentence. It stands either inside a sentence or on its own between paragraphs.
 */
public record PageMarker(String page) implements Inline, Block {}
