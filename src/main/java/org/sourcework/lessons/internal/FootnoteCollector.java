package org.sourcework.lessons.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourcework.base.Message;
import org.sourcework.lessons.Footnote;
import org.sourcework.lessons.Inline;
import org.sourcework.lessons.internal.ParagraphParser.Mark;
import org.sourcework.lessons.internal.ParagraphParser.SourceLine;

/** The footnotes of {@code document.md} ({@code [^1]: text}, possibly over several lines) and their references. */
final class FootnoteCollector {

    private final FileProblems problems;
    private final Map<String, Footnote> footnotes = new LinkedHashMap<>();
    private final Map<String, Integer> lines = new LinkedHashMap<>();
    private final List<Mark> refs = new ArrayList<>();
    private String openLabel;
    private StringBuilder openText;
    private int openLine;

    FootnoteCollector(FileProblems problems) {
        this.problems = problems;
    }

    List<Mark> refs() {
        return refs;
    }

    boolean isOpen() {
        return openLabel != null;
    }

    void start(String label, SourceLine line, String text) {
        close();
        openLabel = label;
        openText = new StringBuilder(text);
        openLine = line.number();
    }

    void continueWith(SourceLine line) {
        openText.append(' ').append(line.text());
    }

    void close() {
        if (openLabel == null) {
            return;
        }
        var first = lines.putIfAbsent(openLabel, openLine);
        if (first != null) {
            problems.error(openLine, Message.of("lesson.problem.footnote-twice", openLabel, first));
        } else {
            footnotes.put(openLabel, new Footnote(openLabel, Prose.oneLine(openText.toString())));
        }
        openLabel = null;
    }

    /** Reports references without a footnote, and footnotes that nothing refers to. */
    List<Footnote> checkedFootnotes() {
        close();
        var referenced = new HashSet<String>();
        for (var ref : refs) {
            var label = ((Inline.FootnoteRef) ref.inline()).label();
            referenced.add(label);
            if (!footnotes.containsKey(label)) {
                problems.error(ref.line(), Message.of("lesson.problem.footnote-missing", label));
            }
        }
        lines.forEach((label, line) -> {
            if (!referenced.contains(label)) {
                problems.warning(line, Message.of("lesson.problem.footnote-unused", label));
            }
        });
        return List.copyOf(footnotes.values());
    }
}
