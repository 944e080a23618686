package org.sourcework.review.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sourcework.base.ui.ReviewNav;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.Section;
import org.sourcework.lessons.ui.SectionOutline;
import org.sourcework.review.ColumnCounts;

/**
 * One column of the class overview: a part of the lesson that has questions (the questions before
 * reading, then each section of the document in order) with the class-wide totals of its questions.
 *
 * @param answered answers given to the section's questions by the whole class
 * @param drafted  answers whose newest feedback is a draft
 * @param released answers whose newest feedback is released, read or not
 * @param read     of those, answers whose feedback the student has opened
 */
record SectionColumn(
        String sectionId,
        String label,
        List<String> questionIds,
        long answered,
        long drafted,
        long released,
        long read) {

    SectionColumn {
        questionIds = List.copyOf(questionIds);
    }

    /** The columns of a lesson in reading order; sections without questions have none. */
    static List<SectionColumn> of(LessonContent content, List<ColumnCounts> counts, String headnoteLabel) {
        var byQuestion = counts.stream().collect(Collectors.toMap(ColumnCounts::questionId, Function.identity()));
        var columns = new ArrayList<SectionColumn>();
        add(columns, LessonContent.HEADNOTE, headnoteLabel, content.questionsFor(LessonContent.HEADNOTE), byQuestion);
        content.document()
                .allSections()
                .forEach(section ->
                        add(columns, section.id(), label(section), content.questionsFor(section.id()), byQuestion));
        // a further document's columns carry its title, so its "I." is not taken for the first one's
        for (var more : content.moreDocuments()) {
            var title = more.document().titleText().strip();
            add(
                    columns,
                    more.id(),
                    SectionOutline.editorial(title.isEmpty() ? more.id() : title),
                    content.questionsFor(more.id()),
                    byQuestion);
            more.document()
                    .allSections()
                    .forEach(section -> add(
                            columns,
                            section.id(),
                            title + ": " + label(section),
                            content.questionsFor(section.id()),
                            byQuestion));
        }
        return columns;
    }

    /**
     * The section list's name; a part nested in another is named by its full number instead (the
     * section list shows nesting by indenting, a column header cannot), so "A." becomes "III.A".
     */
    static String label(Section section) {
        if (section.level() <= 2 || section.editorLabel()) {
            return section.navLabel();
        }
        return section.navTitle() == null ? section.id() : section.id() + " " + section.navTitle();
    }

    private static void add(
            List<SectionColumn> columns,
            String sectionId,
            String label,
            List<Question> questions,
            Map<String, ColumnCounts> counts) {
        if (questions.isEmpty()) {
            return;
        }
        var ids = questions.stream().map(Question::id).toList();
        var own = ids.stream().map(counts::get).filter(Objects::nonNull).toList();
        columns.add(new SectionColumn(
                sectionId,
                label,
                ids,
                own.stream().mapToLong(ColumnCounts::answered).sum(),
                own.stream().mapToLong(ColumnCounts::drafted).sum(),
                own.stream().mapToLong(ColumnCounts::released).sum(),
                own.stream().mapToLong(ColumnCounts::read).sum()));
    }

    String firstQuestionId() {
        return questionIds.getFirst();
    }

    /** The by-question review of this section's first question. */
    String reviewHref(long assignmentId) {
        return ReviewNav.Screen.BY_QUESTION.href(assignmentId) + "/" + firstQuestionId();
    }
}
