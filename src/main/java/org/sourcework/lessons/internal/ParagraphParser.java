package org.sourcework.lessons.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sourcework.lessons.Block;
import org.sourcework.lessons.Inline;
import org.sourcework.lessons.PageMarker;
import org.sourcework.lessons.Paragraph;
import org.sourcework.lessons.Sentence;

/**
 * Turns the lines of one paragraph into numbered sentences. Page markers and footnote references
 * are taken out before the sentences are split, so they never end or start a sentence, and are put
 * back where they stood.
 */
final class ParagraphParser {

    static final Pattern MARK = Pattern.compile("\\[Page\\s+([^\\]\\s]+)]|\\[\\^([^\\]\\s]+)]");

    /** A run-in label at the very start of a paragraph: {@code **Internal compulsions.** These…}. */
    static final Pattern RUN_IN = Pattern.compile("^\\s*\\*\\*([^*]+)\\*\\*\\s*");

    /** A line of {@code document.md} with its number. */
    record SourceLine(int number, String text) {}

    /** A page marker or footnote reference at an offset of the paragraph's plain text. */
    record Mark(int offset, Inline inline, int line) {}

    private final List<Mark> marks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private String runInLabel;

    private ParagraphParser() {}

    /** A one-line text such as the document's title, with its marks; {@code refs} receives its footnote references. */
    static List<Inline> inlines(SourceLine line, List<Mark> refs) {
        var parser = new ParagraphParser();
        parser.read(line);
        parser.marks.stream()
                .filter(mark -> mark.inline() instanceof Inline.FootnoteRef)
                .forEach(refs::add);
        return parser.parts(new SentenceSplitter.Span(0, parser.text.length()), parser.marks);
    }

    /**
     * The paragraph as blocks: one {@link Paragraph}, or only page markers when it has no words.
     * Its sentences are numbered from {@code firstNumber}; {@code refs} receives its footnote references.
     */
    static List<Block> parse(List<SourceLine> lines, int firstNumber, List<Mark> refs) {
        var parser = new ParagraphParser();
        var first = lines.getFirst();
        var runIn = RUN_IN.matcher(first.text());
        if (runIn.find()) {
            parser.runInLabel = runIn.group(1).strip();
            lines = new ArrayList<>(lines);
            lines.set(0, new SourceLine(first.number(), first.text().substring(runIn.end())));
        }
        lines.forEach(parser::read);
        var length = parser.text.length();
        if (length > 0 && parser.text.charAt(length - 1) == ' ') {
            parser.text.setLength(length - 1);
        }
        parser.marks.stream()
                .filter(mark -> mark.inline() instanceof Inline.FootnoteRef)
                .forEach(refs::add);
        if (parser.text.isEmpty() && parser.runInLabel != null) {
            return List.of(new Paragraph(parser.runInLabel, List.of()));
        }
        if (parser.text.isEmpty()) {
            return parser.marks.stream()
                    .map(Mark::inline)
                    .filter(PageMarker.class::isInstance)
                    .map(PageMarker.class::cast)
                    .map(Block.class::cast)
                    .toList();
        }
        return List.of(parser.sentences(firstNumber));
    }

    private void read(SourceLine line) {
        var matcher = MARK.matcher(line.text());
        int from = 0;
        while (matcher.find()) {
            append(line.text().substring(from, matcher.start()));
            Inline inline = matcher.group(1) != null
                    ? new PageMarker(matcher.group(1))
                    : new Inline.FootnoteRef(matcher.group(2));
            marks.add(new Mark(text.length(), inline, line.number()));
            from = matcher.end();
        }
        append(line.text().substring(from));
        append(" ");
    }

    /** Appends with every run of white space made one space, as the reader shows it. */
    private void append(String words) {
        for (char c : words.toCharArray()) {
            boolean space = Character.isWhitespace(c);
            if (!space) {
                text.append(c);
            } else if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
            }
        }
    }

    private Paragraph sentences(int firstNumber) {
        var spans = SentenceSplitter.split(text.toString());
        var sentences = new ArrayList<Sentence>();
        for (int i = 0; i < spans.size(); i++) {
            var span = spans.get(i);
            boolean last = i == spans.size() - 1;
            var inSpan = marks.stream()
                    .filter(mark -> mark.offset() >= span.start() && (mark.offset() < span.end() || last))
                    .toList();
            sentences.add(new Sentence(firstNumber + i, parts(span, inSpan)));
        }
        return new Paragraph(runInLabel, sentences);
    }

    private List<Inline> parts(SentenceSplitter.Span span, List<Mark> inSpan) {
        var parts = new ArrayList<Inline>();
        int from = span.start();
        for (var mark : inSpan) {
            addText(parts, text.substring(from, Math.min(mark.offset(), span.end())));
            parts.add(mark.inline());
            from = Math.min(mark.offset(), span.end());
        }
        addText(parts, text.substring(from, span.end()).stripTrailing());
        if (!parts.isEmpty() && parts.getLast() instanceof Inline.Text(String last) && last.isBlank()) {
            parts.removeLast();
        }
        return parts;
    }

    private static void addText(List<Inline> parts, String words) {
        if (!words.isEmpty()) {
            parts.add(new Inline.Text(words));
        }
    }
}
