package org.sourcework.lessons;

import java.util.List;

/** One or more options are correct. */
public record MultipleChoice(
        String id,
        String sectionId,
        Skill skill,
        int points,
        String prompt,
        List<Option> options,
        List<SuggestedComment> comments)
        implements ChoiceQuestion {

    public MultipleChoice {
        options = List.copyOf(options);
        comments = List.copyOf(comments);
    }

    @Override
    public QuestionType type() {
        return QuestionType.MULTIPLE_CHOICE;
    }
}
