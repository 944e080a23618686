package org.sourcework.lessons;

import java.util.List;

/**
 * Choose the sentences of the section that best support a claim.
 *
 * @param minSelect the fewest sentences the student must choose
 * @param maxSelect the most sentences the student may choose
 * @param key       the best sentences, each named by a phrase and resolved to its number on load
 */
public record Evidence(
        String id,
        String sectionId,
        Skill skill,
        int points,
        String prompt,
        String claim,
        int minSelect,
        int maxSelect,
        List<EvidenceKey> key,
        String explanation,
        List<SuggestedComment> comments)
        implements Question {

    public Evidence {
        key = List.copyOf(key);
        comments = List.copyOf(comments);
    }

    /** The sentence numbers of the key, in the order the file lists them. */
    public List<Integer> keySentences() {
        return key.stream().map(EvidenceKey::sentence).toList();
    }

    @Override
    public QuestionType type() {
        return QuestionType.EVIDENCE;
    }
}
