package org.sourcework.audit;

import java.util.List;

/**
 * A part of an audit sentence that the screen words in the reader's language: the bundle key
 * {@code audit.word.<key>} with its own parts, e.g. "a removed class" or "due {0}".
 */
public record AuditWord(String key, List<Object> parts) {

    public static AuditWord of(String key, Object... parts) {
        return new AuditWord(key, List.of(parts));
    }
}
