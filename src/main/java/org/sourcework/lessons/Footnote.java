package org.sourcework.lessons;

/** A footnote of the document, written as {@code [^1]: text}. */
public record Footnote(String label, String text) {}
