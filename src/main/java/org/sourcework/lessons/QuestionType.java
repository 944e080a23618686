package org.sourcework.lessons;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of question, named as in {@code questions.yaml}. */
public enum QuestionType {
    SINGLE_CHOICE("single-choice"),
    MULTIPLE_CHOICE("multiple-choice"),
    SHORT_TEXT("short-text"),
    EXTENDED_TEXT("extended-text"),
    EVIDENCE("evidence"),
    CATEGORISATION("categorisation"),
    CLAIM_EVIDENCE_REASONING("claim-evidence-reasoning");

    private final String fileName;

    QuestionType(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    public static Optional<QuestionType> fromFileName(String name) {
        return Arrays.stream(values())
                .filter(type -> type.fileName.equals(name))
                .findFirst();
    }
}
