package org.sourcework.lessons;

import java.util.List;

/**
 * What a corroboration question asks students to compare: a named part of a related source with
 * named sentences of the question's section.
 *
 * @param sourceId  the {@link RelatedSource#id()} to open
 * @param read      the part of it to read, in the lesson's words, such as "its first paragraph"
 * @param sentences the sentences of the section to compare it with, numbered from 1 (resolved from
 *                  quoted phrases when the lesson loads); may be empty
 */
public record Comparison(String sourceId, String read, List<Integer> sentences) {

    public Comparison {
        sentences = List.copyOf(sentences);
    }
}
