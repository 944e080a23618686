package org.sourcework.lessons.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sourcework.base.Message;
import org.sourcework.lessons.Document;

/**
 * Reads an adapted text ({@code adapted.md}): for sections of the document, a version in plain
 * present-day English written by the lesson's authors. Each part starts with a heading that is only
 * the id of its section ({@code ## {#I}}); paragraphs follow, separated by blank lines. A section
 * without a part is shown in the original only.
 */
final class AdaptedParser {

    private static final Pattern HEADING = Pattern.compile("^#{2,6}(?:\\s+(.*))?$");
    private static final Pattern ID_ONLY = Pattern.compile("^\\{#([^\\s}]+)}$");

    private final Document document;
    private final String documentFile;
    private final FileProblems problems;
    private final Map<String, List<String>> adapted = new LinkedHashMap<>();
    private final Map<String, Integer> headingLines = new LinkedHashMap<>();
    private final StringBuilder paragraph = new StringBuilder();
    private String current;
    private int currentLine;
    private boolean strayReported;
    /** Under a heading already reported as wrong: its text is not reported again. */
    private boolean inBadPart;

    private AdaptedParser(Document document, String documentFile, FileProblems problems) {
        this.document = document;
        this.documentFile = documentFile;
        this.problems = problems;
    }

    /**
     * @param document     the document the text adapts, already read
     * @param documentFile its file name, for messages
     * @return section id to paragraphs, for the sections the file adapts
     */
    static Map<String, List<String>> parse(String text, Document document, String documentFile, FileProblems problems) {
        var parser = new AdaptedParser(document, documentFile, problems);
        var lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            parser.read(i + 1, lines[i].strip());
        }
        parser.endSection();
        return parser.adapted;
    }

    private void read(int number, String line) {
        var heading = HEADING.matcher(line);
        if (heading.matches()) {
            endSection();
            start(number, heading.group(1) == null ? "" : heading.group(1).strip());
        } else if (line.isEmpty()) {
            endParagraph();
        } else if (current == null) {
            if (!strayReported && !inBadPart) {
                problems.error(number, Message.of("lesson.problem.adapted-stray-text"));
                strayReported = true;
            }
        } else {
            paragraph.append(paragraph.isEmpty() ? "" : " ").append(line);
        }
    }

    private void start(int number, String rest) {
        var id = ID_ONLY.matcher(rest);
        current = null;
        inBadPart = true;
        if (!id.matches()) {
            problems.error(number, Message.of("lesson.problem.adapted-heading", rest));
            return;
        }
        var sectionId = id.group(1);
        if (document.section(sectionId).isEmpty()) {
            problems.error(number, Message.of("lesson.problem.adapted-no-section", sectionId, documentFile, firstId()));
            return;
        }
        var first = headingLines.putIfAbsent(sectionId, number);
        if (first != null) {
            problems.error(number, Message.of("lesson.problem.adapted-twice", sectionId, first));
            return;
        }
        current = sectionId;
        currentLine = number;
        inBadPart = false;
        adapted.put(sectionId, new ArrayList<>());
    }

    private void endParagraph() {
        if (current != null && !paragraph.isEmpty()) {
            adapted.get(current).add(paragraph.toString());
        }
        paragraph.setLength(0);
    }

    private void endSection() {
        endParagraph();
        if (current != null && adapted.get(current).isEmpty()) {
            problems.error(currentLine, Message.of("lesson.problem.adapted-empty", current));
            adapted.remove(current);
        } else if (current != null) {
            adapted.put(current, List.copyOf(adapted.get(current)));
        }
        current = null;
    }

    private String firstId() {
        var sections = document.allSections();
        return sections.isEmpty() ? "I" : sections.getFirst().id();
    }
}
