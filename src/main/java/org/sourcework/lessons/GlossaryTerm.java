package org.sourcework.lessons;

import java.util.List;

/**
 * A word a student may not know.
 *
 * @param matches the spellings to mark in the text, as whole words ignoring case; never empty
 *                (the term itself when the file names none)
 */
public record GlossaryTerm(String term, List<String> matches, String definition) {

    public GlossaryTerm {
        matches = List.copyOf(matches);
    }
}
