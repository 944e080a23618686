package org.sourcework.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The source text.
 *
 * @param title     the document's own title (the level-1 heading), with its footnote references
 * @param sections  the top-level sections, each holding its subsections
 * @param footnotes the footnotes in the order they are written
 */
public record Document(List<Inline> title, List<Section> sections, List<Footnote> footnotes) {

    public Document {
        title = List.copyOf(title);
        sections = List.copyOf(sections);
        footnotes = List.copyOf(footnotes);
    }

    /** Every section, parents before their children, in document order. */
    public List<Section> allSections() {
        var all = new ArrayList<Section>();
        sections.forEach(section -> section.addWithDescendants(all));
        return all;
    }

    public Optional<Section> section(String id) {
        return allSections().stream().filter(section -> section.id().equals(id)).findFirst();
    }

    public Optional<Footnote> footnote(String label) {
        return footnotes.stream()
                .filter(footnote -> footnote.label().equals(label))
                .findFirst();
    }

    public String titleText() {
        return Inline.plainText(title);
    }
}
