package org.sourcework.lessons;

import java.util.List;

/**
 * A paragraph of the source, split into numbered sentences.
 *
 * @param runInLabel a label that opens the paragraph in the source, such as "Internal compulsions.",
 *                   written {@code **…**} in {@code document.md}: source text, but a heading rather than
 *                   a sentence, so it is never numbered or offered as evidence; null when there is none
 */
public record Paragraph(String runInLabel, List<Sentence> sentences) implements Block {

    public Paragraph {
        sentences = List.copyOf(sentences);
    }

    public Paragraph(List<Sentence> sentences) {
        this(null, sentences);
    }
}
