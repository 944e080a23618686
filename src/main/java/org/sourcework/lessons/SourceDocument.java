package org.sourcework.lessons;

import java.util.List;
import java.util.Map;

/**
 * A further document of a lesson that sets several side by side: its own sourcing card, sections,
 * sentences and adapted text. Its questions name its sections, or its {@link #id()} for questions
 * asked on its sourcing card before reading it.
 *
 * @param id      also the id of the reader's page with its sourcing card
 * @param adapted section id to the paragraphs of its adapted text
 */
public record SourceDocument(String id, Headnote headnote, Document document, Map<String, List<String>> adapted) {

    public SourceDocument {
        adapted = Map.copyOf(adapted);
    }
}
