package org.sourcework.responses;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sourcework.lessons.Categorisation;
import org.sourcework.lessons.ChoiceQuestion;
import org.sourcework.lessons.Option;
import org.sourcework.lessons.Question;
import org.sourcework.responses.AnswerValue.CategorisationAnswer;
import org.sourcework.responses.AnswerValue.CerAnswer;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;
import org.sourcework.responses.AnswerValue.EvidenceAnswer;
import org.sourcework.responses.AnswerValue.TextAnswer;

/**
 * An answer as plain text a person can read in a spreadsheet: options by their text, sentences by
 * number, placements as "statement → category", and the three parts of a claim-evidence-reasoning.
 */
public final class AnswerText {

    private AnswerText() {}

    public static String of(Question question, AnswerValue value) {
        return switch (value) {
            case ChoiceAnswer choice -> choices(question, choice.optionIds());
            case TextAnswer text -> text.text();
            case EvidenceAnswer evidence ->
                evidence.sentences().isEmpty()
                        ? ""
                        : (evidence.sentences().size() == 1 ? "sentence " : "sentences ")
                                + evidence.sentences().stream()
                                        .sorted()
                                        .map(String::valueOf)
                                        .collect(Collectors.joining(", "));
            case CategorisationAnswer placed -> placements(question, placed);
            case CerAnswer cer ->
                cer.isBlank()
                        ? ""
                        : "Claim: " + cer.claim() + " / Evidence: " + cer.evidence() + " / Reasoning: "
                                + cer.reasoning();
        };
    }

    private static String choices(Question question, List<String> optionIds) {
        if (!(question instanceof ChoiceQuestion choice)) {
            return String.join("; ", optionIds);
        }
        // in the lesson's order; an option no longer in the lesson is shown by its id
        var known = choice.options().stream()
                .filter(option -> optionIds.contains(option.id()))
                .map(Option::text);
        var unknown = optionIds.stream()
                .filter(id -> choice.options().stream()
                        .noneMatch(option -> option.id().equals(id)));
        return Stream.concat(known, unknown).collect(Collectors.joining("; "));
    }

    private static String placements(Question question, CategorisationAnswer answer) {
        if (!(question instanceof Categorisation categorisation)) {
            return answer.placements().toString();
        }
        return categorisation.statements().stream()
                .filter(statement -> answer.placements().containsKey(statement.id()))
                .map(statement -> statement.text() + " → "
                        + label(categorisation, answer.placements().get(statement.id())))
                .collect(Collectors.joining("\n"));
    }

    private static String label(Categorisation question, String categoryId) {
        return question.categories().stream()
                .filter(category -> category.id().equals(categoryId))
                .map(Categorisation.Category::label)
                .findFirst()
                .orElse(categoryId);
    }
}
