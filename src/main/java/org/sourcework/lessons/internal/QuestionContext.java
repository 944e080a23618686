package org.sourcework.lessons.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sourcework.lessons.Comparison;
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
 * @param cards    the ids of the further documents' sourcing cards, which questions may name as sections
 * @param related  the ids of the related sources, or null when lesson.yaml could not be read (then
 *                 they are not checked)
 * @param comparisons collects what each corroboration question asks to compare, by question id
 */
record QuestionContext(
        Document document,
        Map<String, Rubric> rubrics,
        Set<String> cards,
        Set<String> related,
        Map<String, Comparison> comparisons) {

    /** Whether section names can be checked: without any section, every name would be reported. */
    boolean knowsSections() {
        return document != null && !document.sections().isEmpty();
    }

    Optional<Section> section(String id) {
        return document == null ? Optional.empty() : document.section(id);
    }

    boolean isSectionOrHeadnote(String id) {
        return id.equals(LessonContent.HEADNOTE)
                || cards.contains(id)
                || section(id).isPresent();
    }

    String sectionIds() {
        if (document == null) {
            return "";
        }
        var ids = new java.util.ArrayList<>(cards);
        document.allSections().stream().map(Section::id).forEach(ids::add);
        return String.join(", ", ids);
    }
}
