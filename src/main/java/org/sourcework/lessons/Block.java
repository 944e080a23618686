package org.sourcework.lessons;

/** What a section is made of: paragraphs, and page markers that stand on their own line. */
public sealed interface Block permits Paragraph, PageMarker {}
