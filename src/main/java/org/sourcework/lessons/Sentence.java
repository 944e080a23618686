package org.sourcework.lessons;

import java.util.List;

/**
 * One sentence of a section.
 *
 * @param number counted from 1 within the section
 * @param parts  the sentence's text with the page markers and footnote references where they stand
 */
public record Sentence(int number, List<Inline> parts) {

    public Sentence {
        parts = List.copyOf(parts);
    }

    /** The words of the sentence, without page markers or footnote references. */
    public String text() {
        return Inline.plainText(parts);
    }
}
