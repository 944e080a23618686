package org.sourcework.lessons;

import java.util.List;

/** A question answered in the student's own words and scored by the instructor. */
public sealed interface WrittenQuestion extends Question permits ShortText, ExtendedText, ClaimEvidenceReasoning {

    /** The analytic rubric, or null when the question is scored without one. */
    Rubric rubric();

    /** Example answers for the instructor. */
    List<Exemplar> exemplars();
}
