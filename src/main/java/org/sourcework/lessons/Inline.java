package org.sourcework.lessons;

import java.util.List;

/** A piece of a sentence or heading: text, a page marker or a footnote reference. */
public sealed interface Inline permits Inline.Text, PageMarker, Inline.FootnoteRef {

    /** Plain source text; spaces between words are kept as written. */
    record Text(String text) implements Inline {}

    /** A {@code [^1]} mark: the footnote with this label annotates the text just before it. */
    record FootnoteRef(String label) implements Inline {}

    static String plainText(List<Inline> parts) {
        var text = new StringBuilder();
        parts.forEach(part -> {
            if (part instanceof Text(String words)) {
                text.append(words);
            }
        });
        return text.toString().strip();
    }
}
