package org.sourcework.lessons.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Section;

/**
 * The pages of a lesson as the review and feedback screens walk them: the questions before
 * reading, the first document's sections, then each further document's sourcing card and
 * sections. In a lesson of several documents every page is named with its own document, so
 * that a section of the second letter never passes for one of the first.
 */
public final class LessonPages {

    private LessonPages() {}

    /** Every page id in reading order. */
    public static List<String> ids(LessonContent content) {
        var ids = new ArrayList<String>();
        ids.add(LessonContent.HEADNOTE);
        content.document().allSections().stream().map(Section::id).forEach(ids::add);
        for (var more : content.moreDocuments()) {
            ids.add(more.id());
            more.document().allSections().stream().map(Section::id).forEach(ids::add);
        }
        return ids;
    }

    /** The outline of the document that holds the page. */
    public static SectionOutline outline(LessonContent content, String pageId) {
        return new SectionOutline(content.fromDocumentOf(pageId).document());
    }

    /** A section of whichever document holds it. */
    public static Optional<Section> section(LessonContent content, String pageId) {
        return content.section(pageId);
    }

    /**
     * The title of the document the page belongs to, only when the lesson has more than one
     * (a one-document lesson needs no such name on every heading).
     */
    public static Optional<String> documentTitle(LessonContent content, String pageId) {
        if (content.moreDocuments().isEmpty()) {
            return Optional.empty();
        }
        var title = content.fromDocumentOf(pageId).document().titleText().strip();
        return title.isEmpty() ? Optional.empty() : Optional.of(title);
    }

    /**
     * The editor's name of a section that the source leaves unnumbered, in brackets ("[Her letter]"),
     * or empty for a section with the source's own numeral.
     */
    public static Optional<String> editorName(LessonContent content, String pageId) {
        var outline = outline(content, pageId);
        return outline.section(pageId).filter(Section::editorLabel).map(section -> outline.readerLabel(pageId));
    }

    /** The page is a further document's sourcing card: its questions are asked before reading it. */
    public static boolean isCard(LessonContent content, String pageId) {
        return LessonContent.HEADNOTE.equals(pageId)
                || content.documentCard(pageId).isPresent();
    }
}
