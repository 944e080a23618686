package org.sourcework.lessons;

import java.util.List;

/** Sort statements into categories (chosen from a list, never dragged). */
public record Categorisation(
        String id,
        String sectionId,
        Skill skill,
        int points,
        String prompt,
        List<Category> categories,
        List<Statement> statements,
        String explanation,
        List<SuggestedComment> comments)
        implements Question {

    public record Category(String id, String label) {}

    /** @param categoryId the id of the right category */
    public record Statement(String id, String text, String categoryId) {}

    public Categorisation {
        categories = List.copyOf(categories);
        statements = List.copyOf(statements);
        comments = List.copyOf(comments);
    }

    @Override
    public QuestionType type() {
        return QuestionType.CATEGORISATION;
    }
}
