package org.sourcework.responses;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a student answered to one question; one record per kind of question. Texts are kept
 * exactly as typed. A blank answer is stored (so clearing an answer is saved) but does not count
 * as answered.
 */
public sealed interface AnswerValue {

    boolean isBlank();

    /** The chosen options of a single- or multiple-choice question, by option id. */
    record ChoiceAnswer(List<String> optionIds) implements AnswerValue {

        public ChoiceAnswer {
            optionIds = optionIds == null ? List.of() : List.copyOf(optionIds);
        }

        @Override
        public boolean isBlank() {
            return optionIds.isEmpty();
        }
    }

    /** The answer to a short- or extended-text question. */
    record TextAnswer(String text) implements AnswerValue {

        public TextAnswer {
            text = Objects.requireNonNullElse(text, "");
        }

        @Override
        public boolean isBlank() {
            return text.isBlank();
        }
    }

    /** The chosen sentences of the question's section, by their number in the section. */
    record EvidenceAnswer(List<Integer> sentences) implements AnswerValue {

        public EvidenceAnswer {
            sentences = sentences == null ? List.of() : List.copyOf(sentences);
        }

        @Override
        public boolean isBlank() {
            return sentences.isEmpty();
        }
    }

    /**
     * Statement id to the id of the category the student put it in. A statement not yet placed is
     * simply missing.
     */
    record CategorisationAnswer(Map<String, String> placements) implements AnswerValue {

        public CategorisationAnswer {
            var placed = new LinkedHashMap<String, String>();
            if (placements != null) {
                placements.forEach((statement, category) -> {
                    if (statement != null && category != null) {
                        placed.put(statement, category);
                    }
                });
            }
            placements = Collections.unmodifiableMap(placed);
        }

        @Override
        public boolean isBlank() {
            return placements.isEmpty();
        }
    }

    /** A claim, the evidence for it and the reasoning that links them. */
    record CerAnswer(String claim, String evidence, String reasoning) implements AnswerValue {

        public CerAnswer {
            claim = Objects.requireNonNullElse(claim, "");
            evidence = Objects.requireNonNullElse(evidence, "");
            reasoning = Objects.requireNonNullElse(reasoning, "");
        }

        @Override
        public boolean isBlank() {
            return claim.isBlank() && evidence.isBlank() && reasoning.isBlank();
        }
    }
}
