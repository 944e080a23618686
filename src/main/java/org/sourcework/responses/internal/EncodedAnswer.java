package org.sourcework.responses.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * An answer as the answer and answer_revision tables' columns hold it; unused columns are null.
 *
 * @param selection JSON: option ids, sentence numbers, or statement id to category id
 */
@Embeddable
public record EncodedAnswer(
        @Enumerated(EnumType.STRING) @Column(name = "answer_type", nullable = false, length = 32)
        AnswerType type,

        @Column(name = "text_value", length = 5000) String text,
        @Column(name = "claim_text", length = 5000) String claim,
        @Column(name = "evidence_text", length = 5000) String evidence,
        @Column(name = "reasoning_text", length = 5000) String reasoning,
        @Column(name = "selection", length = 2000) String selection) {}
