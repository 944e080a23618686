package org.sourcework.responses.ui.answers;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcework.lessons.Categorisation;
import org.sourcework.lessons.ChoiceQuestion;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Option;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.Sentence;
import org.sourcework.responses.AnswerValue;
import org.sourcework.responses.AnswerValue.CategorisationAnswer;
import org.sourcework.responses.AnswerValue.CerAnswer;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;
import org.sourcework.responses.AnswerValue.EvidenceAnswer;
import org.sourcework.responses.AnswerValue.TextAnswer;

/**
 * An answer as words a person reads: the text typed, the chosen options and sentences in full,
 * each statement with the category it was put in, or the claim, evidence and reasoning under
 * their labels. The same parts are shown and compared between versions.
 *
 * @param label the part's name (Claim, Evidence, Reasoning), or null for an answer of one part
 * @param prose one text compared word by word; otherwise a list of items compared item by item
 */
public record AnswerParts(@Nullable String label, boolean prose, List<String> items) {

    public AnswerParts {
        items = List.copyOf(items);
    }

    /** The words of the part, or its items, as compared between versions. */
    List<String> tokens() {
        return prose ? WordDiff.words(items.isEmpty() ? "" : items.getFirst()) : items;
    }

    public boolean blank() {
        return items.stream().allMatch(String::isBlank);
    }

    public static List<AnswerParts> of(
            Question question, LessonContent content, AnswerValue value, Component translator) {
        return switch (value) {
            case TextAnswer text -> List.of(prose(null, text.text()));
            case CerAnswer cer ->
                List.of(
                        prose(translator.getTranslation("reader.cer.claim"), cer.claim()),
                        prose(translator.getTranslation("reader.cer.evidence"), cer.evidence()),
                        prose(translator.getTranslation("reader.cer.reasoning"), cer.reasoning()));
            case ChoiceAnswer choice ->
                List.of(new AnswerParts(
                        null,
                        false,
                        question instanceof ChoiceQuestion asked
                                ? asked.options().stream()
                                        .filter(option -> choice.optionIds().contains(option.id()))
                                        .map(Option::text)
                                        .map(String::strip)
                                        .toList()
                                : choice.optionIds()));
            case EvidenceAnswer evidence ->
                List.of(new AnswerParts(
                        null,
                        false,
                        evidence.sentences().stream()
                                .sorted()
                                .map(number -> translator.getTranslation(
                                        "reader.evidence.sentence",
                                        number,
                                        content.section(question.sectionId())
                                                .flatMap(s -> s.sentence(number))
                                                .map(Sentence::text)
                                                .orElse("")))
                                .toList()));
            case CategorisationAnswer sorted ->
                List.of(new AnswerParts(
                        null,
                        false,
                        question instanceof Categorisation categorisation
                                ? placements(categorisation, sorted, translator)
                                : List.copyOf(sorted.placements().values())));
        };
    }

    private static AnswerParts prose(@Nullable String label, String text) {
        return new AnswerParts(label, true, List.of(text));
    }

    private static List<String> placements(Categorisation question, CategorisationAnswer answer, Component translator) {
        return question.statements().stream()
                .filter(statement -> answer.placements().containsKey(statement.id()))
                .map(statement -> translator.getTranslation(
                        "feedback.answer.placed",
                        statement.text().strip(),
                        question.categories().stream()
                                .filter(category ->
                                        category.id().equals(answer.placements().get(statement.id())))
                                .map(Categorisation.Category::label)
                                .findFirst()
                                .orElse("")))
                .toList();
    }
}
