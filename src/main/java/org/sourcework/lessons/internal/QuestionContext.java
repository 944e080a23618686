package org.sourcework.lessons.internal;

import java.util.Map;
import java.util.Optional;
import org.sourcework.lessons.Document;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Rubric;
import org.sourcework.lessons.Section;

/**
 * What a question is checked against while it is read.
 *
 * @param document the document, or null when {@code document.md} could not be read at all (then
 *                 section names are not checked, rather than reporting every one of them)
 * @param rubrics  the named rubrics of the file
 */
record QuestionContext(Document document, Map<String, Rubric> rubrics) {

    /** Whether section names can be checked: without any section, every name would be reported. */
    boolean knowsSections() {
        return document != null && !document.sections().isEmpty();
    }

    Optional<Section> section(String id) {
        return document == null ? Optional.empty() : document.section(id);
    }

    boolean isSectionOrHeadnote(String id) {
        return id.equals(LessonContent.HEADNOTE) || section(id).isPresent();
    }

    String sectionIds() {
        return document == null ? "" : String.join(", ",
                document.allSections().stream().map(Section::id).toList());
    }
}
