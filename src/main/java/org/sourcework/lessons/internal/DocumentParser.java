package org.sourcework.lessons.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sourcework.base.Message;
import org.sourcework.lessons.Document;
import org.sourcework.lessons.Inline;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.internal.ParagraphParser.SourceLine;

/**
 * Reads {@code document.md}: headings with ids, paragraphs, page markers and footnotes, as
 * lessons/README.md describes. The format is line-based and smaller than Markdown, so it is read
 * line by line rather than through a Markdown library.
 */
final class DocumentParser {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})(?:\\s+(.*))?$");
    private static final Pattern HEADING_ID = Pattern.compile("^(.*?)\\s*\\{#([^\\s\"}]+)(?:\\s+\"([^\"]*)\")?\\s*}$");
    private static final Pattern SECTION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern FOOTNOTE = Pattern.compile("^\\[\\^([^\\]\\s]+)]:\\s*(.*)$");
    private static final Pattern EDITOR_LABEL = Pattern.compile("^\\[(.*)]$");

    private final FileProblems problems;
    private final FootnoteCollector footnotes;
    private final List<SectionBuilder> topLevel = new ArrayList<>();
    private final Deque<SectionBuilder> open = new ArrayDeque<>();
    private final Map<String, Integer> idLines = new HashMap<>();
    private final List<SourceLine> paragraph = new ArrayList<>();
    private List<Inline> title;
    private boolean strayTextReported;

    private DocumentParser(FileProblems problems) {
        this.problems = problems;
        this.footnotes = new FootnoteCollector(problems);
    }

    static Document parse(String text, FileProblems problems) {
        var parser = new DocumentParser(problems);
        var lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            parser.read(new SourceLine(i + 1, lines[i].stripTrailing()));
        }
        return parser.finish();
    }

    private void read(SourceLine line) {
        var heading = HEADING.matcher(line.text());
        var footnote = FOOTNOTE.matcher(line.text());
        if (heading.matches()) {
            endParagraph();
            heading(line, heading.group(1).length(), heading.group(2) == null ? "" : heading.group(2));
        } else if (footnote.matches()) {
            endParagraph();
            footnotes.start(footnote.group(1), line, footnote.group(2));
        } else if (line.text().isBlank()) {
            endParagraph();
        } else if (footnotes.isOpen()) {
            footnotes.continueWith(line);
        } else {
            paragraph.add(line);
        }
    }

    private void heading(SourceLine line, int level, String rest) {
        var parts = HEADING_ID.matcher(rest);
        if (!parts.matches()) {
            problems.error(line.number(), Message.of("lesson.problem.heading-without-id", line.text()));
            return;
        }
        var id = parts.group(2);
        checkId(id, line.number());
        if (level == 1) {
            if (title != null || !topLevel.isEmpty()) {
                problems.error(line.number(), Message.of("lesson.problem.second-title"));
                return;
            }
            title = ParagraphParser.inlines(new SourceLine(line.number(), parts.group(1)), footnotes.refs());
            return;
        }
        int allowed = open.isEmpty() ? 2 : open.peek().level() + 1;
        if (level > allowed) {
            problems.error(line.number(), Message.of("lesson.problem.heading-level", id, level, allowed));
            level = allowed;
        }
        var label = EDITOR_LABEL.matcher(parts.group(1));
        var section = new SectionBuilder(
                id,
                label.matches() ? label.group(1).strip() : parts.group(1),
                label.matches(),
                parts.group(3) == null ? null : parts.group(3).strip(),
                level);
        while (!open.isEmpty() && open.peek().level() >= level) {
            open.pop();
        }
        if (open.isEmpty()) {
            topLevel.add(section);
        } else {
            open.peek().addChild(section);
        }
        open.push(section);
    }

    private void checkId(String id, int line) {
        if (!SECTION_ID.matcher(id).matches()) {
            problems.error(line, Message.of("lesson.problem.section-id-form", id));
        } else if (id.equals(LessonContent.HEADNOTE)) {
            problems.error(line, Message.of("lesson.problem.section-id-reserved", id));
        }
        var first = idLines.putIfAbsent(id, line);
        if (first != null) {
            problems.error(line, Message.of("lesson.problem.section-id-used", id, first));
        }
    }

    private void endParagraph() {
        footnotes.close();
        if (paragraph.isEmpty()) {
            return;
        }
        if (open.isEmpty()) {
            if (!strayTextReported) {
                problems.error(paragraph.getFirst().number(), Message.of("lesson.problem.text-before-sections"));
                strayTextReported = true;
            }
        } else {
            var section = open.peek();
            section.addBlocks(ParagraphParser.parse(paragraph, section.nextSentenceNumber(), footnotes.refs()));
        }
        paragraph.clear();
    }

    private Document finish() {
        endParagraph();
        if (title == null) {
            problems.error(1, Message.of("lesson.problem.no-title"));
        }
        if (topLevel.isEmpty()) {
            problems.error(1, Message.of("lesson.problem.no-sections"));
        }
        return new Document(
                title == null ? List.of() : title,
                topLevel.stream().map(SectionBuilder::build).toList(),
                footnotes.checkedFootnotes());
    }
}
