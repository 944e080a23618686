package org.sourcework.lessons.internal;

import java.util.ArrayList;
import java.util.List;
import org.sourcework.lessons.Block;
import org.sourcework.lessons.Paragraph;
import org.sourcework.lessons.Section;

/** A section while {@code document.md} is being read: its paragraphs arrive one by one. */
final class SectionBuilder {

    private final String id;
    private final String headingText;
    private final boolean editorLabel;
    private final String navTitle;
    private final int level;
    private final List<Block> blocks = new ArrayList<>();
    private final List<SectionBuilder> children = new ArrayList<>();
    private int sentenceCount;

    SectionBuilder(String id, String headingText, boolean editorLabel, String navTitle, int level) {
        this.id = id;
        this.headingText = headingText;
        this.editorLabel = editorLabel;
        this.navTitle = navTitle;
        this.level = level;
    }

    int level() {
        return level;
    }

    /** The number the next sentence of this section gets. */
    int nextSentenceNumber() {
        return sentenceCount + 1;
    }

    void addBlocks(List<Block> newBlocks) {
        blocks.addAll(newBlocks);
        newBlocks.stream()
                .filter(Paragraph.class::isInstance)
                .forEach(block ->
                        sentenceCount += ((Paragraph) block).sentences().size());
    }

    void addChild(SectionBuilder child) {
        children.add(child);
    }

    Section build() {
        return new Section(
                id,
                headingText,
                editorLabel,
                navTitle,
                level,
                blocks,
                children.stream().map(SectionBuilder::build).toList());
    }
}
