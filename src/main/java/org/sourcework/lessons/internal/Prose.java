package org.sourcework.lessons.internal;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * Text written by teachers: line breaks inside a paragraph are only wrapping, and a blank line
 * separates paragraphs. Every text of the model is normalised to paragraphs joined by one blank
 * line ({@code "\n\n"}), whatever YAML style it was written in.
 */
final class Prose {

    static final String PARAGRAPH_BREAK = "\n\n";

    private static final Pattern BLANK_LINE = Pattern.compile("\n\\s*\n");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Prose() {}

    /**
     * A literal block ({@code |}) keeps its line breaks, so a blank line separates paragraphs;
     * every other style has already folded each blank line into a single line break.
     */
    static String normalize(String text, ScalarStyle style) {
        var separator = style == ScalarStyle.LITERAL ? BLANK_LINE : Pattern.compile("\n");
        return String.join(
                PARAGRAPH_BREAK,
                Arrays.stream(separator.split(text.strip()))
                        .map(Prose::oneLine)
                        .filter(paragraph -> !paragraph.isEmpty())
                        .toList());
    }

    static List<String> paragraphs(String normalized) {
        return List.of(normalized.split(PARAGRAPH_BREAK));
    }

    static String oneLine(String text) {
        return WHITESPACE.matcher(text.strip()).replaceAll(" ");
    }
}
