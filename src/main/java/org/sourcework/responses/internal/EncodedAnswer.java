package org.sourcework.responses.internal;

/**
 * An answer as the answer table's columns hold it; unused columns are null.
 *
 * @param selection JSON: option ids, sentence numbers, or statement id to category id
 */
public record EncodedAnswer(AnswerType type, String text, String claim, String evidence, String reasoning,
        String selection) {
}
