package org.sourcework.lessons;

import java.util.Arrays;
import java.util.Optional;

/** The historical-thinking skill a question practises; analytics report by it. */
public enum Skill {
    SOURCING("sourcing"),
    CONTEXTUALISATION("contextualisation"),
    CLOSE_READING("close-reading"),
    CORROBORATION("corroboration");

    private final String fileName;

    Skill(String fileName) {
        this.fileName = fileName;
    }

    /** How the skill is written in {@code questions.yaml}. */
    public String fileName() {
        return fileName;
    }

    public static Optional<Skill> fromFileName(String name) {
        return Arrays.stream(values())
                .filter(skill -> skill.fileName.equals(name))
                .findFirst();
    }
}
