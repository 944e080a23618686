package org.sourcework.lessons.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sourcework.lessons.Document;
import org.sourcework.lessons.Section;

/**
 * Where a section stands in the document: its parents, and the names the reader shows for it,
 * such as "III.A.1 Internal compulsions" (the numerals of the source joined, then the editor's
 * short title).
 */
public final class SectionOutline {

    private final Document document;

    public SectionOutline(Document document) {
        this.document = document;
    }

    /** The section and its parents, outermost first; empty when the document has no such section. */
    public List<Section> path(String sectionId) {
        var path = new ArrayList<Section>();
        for (var top : document.sections()) {
            if (find(top, sectionId, path)) {
                return path;
            }
        }
        return List.of();
    }

    /** The numerals of the source joined, such as "III.A.1", or the editor's label, such as "Opening". */
    public String code(String sectionId) {
        var codes = path(sectionId).stream()
                .map(SectionOutline::ownCode)
                .filter(code -> !code.isEmpty())
                .toList();
        return String.join(".", codes);
    }

    /** The name for the section list and the page title, such as "III.A.1 Internal compulsions". */
    public String label(String sectionId) {
        var section = section(sectionId);
        if (section.isEmpty()) {
            return sectionId;
        }
        var code = code(sectionId);
        var title = section.get().navTitle();
        var label = title == null || section.get().editorLabel() ? code : (code + " " + title).strip();
        return label.isEmpty() ? section.get().navLabel() : label;
    }

    /**
     * The label for the reader, where the editor's words must not pass for the source's own:
     * "[Opening]", "III.A.1 [Internal compulsions]".
     */
    public String readerLabel(String sectionId) {
        var section = section(sectionId);
        if (section.isEmpty()) {
            return sectionId;
        }
        if (section.get().editorLabel()) {
            return editorial(
                    section.get().headingText().isBlank()
                            ? sectionId
                            : section.get().headingText());
        }
        var code = code(sectionId);
        var title = section.get().navTitle();
        return title == null ? (code.isEmpty() ? sectionId : code) : (code + " " + editorial(title)).strip();
    }

    /** Square brackets, the historian's sign for words an editor added. */
    public static String editorial(String words) {
        return "[" + words + "]";
    }

    public Optional<Section> section(String sectionId) {
        return document.section(sectionId);
    }

    private static String ownCode(Section section) {
        var heading = section.headingText().strip();
        return heading.endsWith(".") ? heading.substring(0, heading.length() - 1) : heading;
    }

    private static boolean find(Section section, String id, List<Section> path) {
        path.add(section);
        if (section.id().equals(id)) {
            return true;
        }
        for (var child : section.children()) {
            if (find(child, id, path)) {
                return true;
            }
        }
        path.removeLast();
        return false;
    }
}
