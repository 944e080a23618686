package org.sourcework.lessons;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A part of the document, written as {@code ## I. {#I}} in {@code document.md}.
 *
 * @param id          what questions use to name the section; never changes once students answered
 * @param headingText the heading as in the source, such as "I." (may be empty), or an editor's
 *                    label such as "Opening"
 * @param editorLabel the heading was written in square brackets: a name for the section list, not
 *                    source text
 * @param navTitle    the optional short title for the section list, such as "Internal compulsions",
 *                    or null
 * @param level       the number of {@code #} of the heading: 2 for a top-level section, 3 inside it
 * @param blocks      the section's own paragraphs and page markers (not those of its children)
 */
public record Section(
        String id,
        String headingText,
        boolean editorLabel,
        String navTitle,
        int level,
        List<Block> blocks,
        List<Section> children) {

    public Section {
        blocks = List.copyOf(blocks);
        children = List.copyOf(children);
    }

    /** The sentences of this section's own paragraphs, numbered from 1. */
    public List<Sentence> sentences() {
        return blocks.stream()
                .flatMap(block -> block instanceof Paragraph paragraph
                        ? paragraph.sentences().stream()
                        : Stream.<Sentence>empty())
                .toList();
    }

    public Optional<Sentence> sentence(int number) {
        var sentences = sentences();
        return number >= 1 && number <= sentences.size() ? Optional.of(sentences.get(number - 1)) : Optional.empty();
    }

    /** The name shown in the section list, such as "1. Internal compulsions" or "Opening". */
    public String navLabel() {
        var label = navTitle == null ? headingText : (headingText + " " + navTitle).strip();
        return label.isEmpty() ? id : label;
    }

    void addWithDescendants(List<Section> all) {
        all.add(this);
        children.forEach(child -> child.addWithDescendants(all));
    }
}
