package org.sourcework.lessons;

import java.util.List;

/**
 * A short answer in the student's own words.
 *
 * @param maxLength the most characters the answer may have (500 unless the file says otherwise)
 * @param rubric    the analytic rubric, or null
 */
public record ShortText(
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

    public static final int DEFAULT_MAX_LENGTH = 500;

    public ShortText {
        exemplars = List.copyOf(exemplars);
        comments = List.copyOf(comments);
    }

    @Override
    public QuestionType type() {
        return QuestionType.SHORT_TEXT;
    }
}
