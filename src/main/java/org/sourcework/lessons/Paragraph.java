package org.sourcework.lessons;

import java.util.List;

/** A paragraph of the source, split into numbered sentences. */
public record Paragraph(List<Sentence> sentences) implements Block {

    public Paragraph {
        sentences = List.copyOf(sentences);
    }
}
