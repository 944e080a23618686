package org.sourcework.responses.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.Section;
import org.sourcework.lessons.ui.SectionOutline;

/**
 * The pages of the reader in order: the headnote first, then every section of the document,
 * parents before their children; in a lesson of several documents, each further document follows
 * with its sourcing card first. Knows each page's questions and, for gated lessons, which page must
 * be finished first.
 */
final class ReaderPages {

    private final LessonContent content;
    private final SectionOutline outline;
    private final List<SectionOutline> outlines = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();

    ReaderPages(LessonContent content) {
        this.content = content;
        this.outline = new SectionOutline(content.document());
        outlines.add(outline);
        ids.add(LessonContent.HEADNOTE);
        content.document().allSections().stream().map(Section::id).forEach(ids::add);
        for (var more : content.moreDocuments()) {
            outlines.add(new SectionOutline(more.document()));
            ids.add(more.id());
            more.document().allSections().stream().map(Section::id).forEach(ids::add);
        }
    }

    List<String> ids() {
        return ids;
    }

    boolean contains(String id) {
        return ids.contains(id);
    }

    int index(String id) {
        return ids.indexOf(id);
    }

    Optional<String> previous(String id) {
        int index = index(id);
        return index > 0 ? Optional.of(ids.get(index - 1)) : Optional.empty();
    }

    Optional<String> next(String id) {
        int index = index(id);
        return index >= 0 && index < ids.size() - 1 ? Optional.of(ids.get(index + 1)) : Optional.empty();
    }

    /** From the last page with questions on (such as the summary, then the notes), Submit is offered. */
    boolean atEnd(String id) {
        int lastWithQuestions = 0;
        for (int i = 0; i < ids.size(); i++) {
            if (!questions(ids.get(i)).isEmpty()) {
                lastWithQuestions = i;
            }
        }
        return index(id) >= lastWithQuestions;
    }

    List<Question> questions(String id) {
        return content.questionsFor(id);
    }

    Optional<Section> section(String id) {
        return outlines.stream().flatMap(each -> each.section(id).stream()).findFirst();
    }

    SectionOutline outline() {
        return outline;
    }

    /** "III.A.1 Internal compulsions"; the headnote page is named by {@code headnoteLabel}. */
    String label(String id, String headnoteLabel) {
        if (LessonContent.HEADNOTE.equals(id)) {
            return headnoteLabel;
        }
        var card = content.documentCard(id);
        if (card.isPresent()) {
            var title = card.get().document().titleText();
            return SectionOutline.editorial(title.isBlank() ? id : title);
        }
        return outlines.stream()
                .filter(each -> each.section(id).isPresent())
                .findFirst()
                .orElse(outline)
                .readerLabel(id);
    }

    /**
     * For a gated lesson: the first earlier page with an unanswered question, which must be
     * finished before this one opens.
     */
    Optional<String> blockedBy(String id, Predicate<Question> answered) {
        if (!content.settings().gated()) {
            return Optional.empty();
        }
        return ids.subList(0, Math.max(0, index(id))).stream()
                .filter(page -> !questions(page).stream().allMatch(answered))
                .findFirst();
    }
}
