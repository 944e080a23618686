package org.sourcework.lessons;

import java.util.List;

/**
 * A question of a lesson. Switch over the records to handle each type.
 * <p>
 * {@link #sectionId()} is {@link LessonContent#HEADNOTE} for a question asked before reading.
 * {@link #comments()} are the suggested comments for the instructor's comment bank.
 */
public sealed interface Question permits ChoiceQuestion, WrittenQuestion, Evidence, Categorisation {

    String id();

    String sectionId();

    Skill skill();

    int points();

    String prompt();

    List<SuggestedComment> comments();

    QuestionType type();
}
