package org.sourcework.lessons;

/**
 * One best sentence of an evidence question.
 *
 * @param phrase   the phrase quoted in {@code questions.yaml}, unique within the section
 * @param sentence the number of the one sentence of the section that contains it
 */
public record EvidenceKey(String phrase, int sentence) {}
