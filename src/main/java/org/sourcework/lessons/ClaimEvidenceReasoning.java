package org.sourcework.lessons;

import java.util.List;

/**
 * A claim, the evidence for it (the student may cite sentence numbers of the section) and the
 * reasoning that links them.
 *
 * @param rubric the analytic rubric, or null
 */
public record ClaimEvidenceReasoning(
        String id,
        String sectionId,
        Skill skill,
        int points,
        String prompt,
        MaxLengths maxLengths,
        Rubric rubric,
        List<Exemplar> exemplars,
        List<SuggestedComment> comments)
        implements WrittenQuestion {

    /** The most characters each of the three answer fields may have. */
    public record MaxLengths(int claim, int evidence, int reasoning) {

        public static final MaxLengths DEFAULTS = new MaxLengths(1000, 1000, 2000);
    }

    public ClaimEvidenceReasoning {
        exemplars = List.copyOf(exemplars);
        comments = List.copyOf(comments);
    }

    @Override
    public QuestionType type() {
        return QuestionType.CLAIM_EVIDENCE_REASONING;
    }
}
