package org.sourcework.lessons;

import java.util.List;

/**
 * A longer written answer, such as the final task.
 *
 * @param maxLength the most characters the answer may have (5000 unless the file says otherwise)
 * @param rubric    the analytic rubric, or null
 */
public record ExtendedText(
        String id,
        String sectionId,
        Skill skill,
        int points,
        String prompt,
        int maxLength,
        Rubric rubric,
        List<Exemplar> exemplars,
        List<SuggestedComment> comments)
        implements WrittenQuestion {

    public static final int DEFAULT_MAX_LENGTH = 5000;

    public ExtendedText {
        exemplars = List.copyOf(exemplars);
        comments = List.copyOf(comments);
    }

    @Override
    public QuestionType type() {
        return QuestionType.EXTENDED_TEXT;
    }
}
