package org.sourcework.lessons;

import java.util.List;

/** Exactly one option is correct. */
public record SingleChoice(
        String id,
        String sectionId,
        Skill skill,
        int points,
        String prompt,
        List<Option> options,
        List<SuggestedComment> comments)
        implements ChoiceQuestion {

    public SingleChoice {
        options = List.copyOf(options);
        comments = List.copyOf(comments);
    }

    public Option correctOption() {
        return correctOptions().getFirst();
    }

    @Override
    public QuestionType type() {
        return QuestionType.SINGLE_CHOICE;
    }
}
