package org.sourcework.responses;

import java.util.HashSet;
import java.util.List;
import org.sourcework.base.Message;
import org.sourcework.lessons.Categorisation;
import org.sourcework.lessons.ChoiceQuestion;
import org.sourcework.lessons.ClaimEvidenceReasoning;
import org.sourcework.lessons.Evidence;
import org.sourcework.lessons.ExtendedText;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Option;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.Section;
import org.sourcework.lessons.ShortText;
import org.sourcework.lessons.SingleChoice;
import org.sourcework.responses.AnswerValue.CategorisationAnswer;
import org.sourcework.responses.AnswerValue.CerAnswer;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;
import org.sourcework.responses.AnswerValue.EvidenceAnswer;
import org.sourcework.responses.AnswerValue.TextAnswer;

/**
 * Checks that an answer fits its question: the right kind, options, sentences and categories that
 * exist, and texts within the question's limit and {@link AnswerLimits#MAX_TEXT}. Blank answers
 * always fit, so clearing an answer can be saved.
 */
final class AnswerValidator {

    private AnswerValidator() {}

    static void validate(Question question, LessonContent content, AnswerValue value) {
        switch (question) {
            case ChoiceQuestion choice when value instanceof ChoiceAnswer answer -> options(choice, answer);
            case ShortText text
            when value instanceof TextAnswer answer -> length("answer", answer.text(), text.maxLength());
            case ExtendedText text
            when value instanceof TextAnswer answer -> length("answer", answer.text(), text.maxLength());
            case ClaimEvidenceReasoning cer
            when value instanceof CerAnswer answer -> {
                length("claim", answer.claim(), cer.maxLengths().claim());
                length("evidence", answer.evidence(), cer.maxLengths().evidence());
                length("reasoning", answer.reasoning(), cer.maxLengths().reasoning());
            }
            case Evidence evidence when value instanceof EvidenceAnswer answer -> sentences(evidence, content, answer);
            case Categorisation categorisation
            when value instanceof CategorisationAnswer answer -> placements(categorisation, answer);
            default -> throw new AnswerRejectedException(Message.of("answer.rejected.wrong-type"));
        }
    }

    private static void options(ChoiceQuestion question, ChoiceAnswer answer) {
        var ids = question.options().stream().map(Option::id).toList();
        answer.optionIds().stream().filter(id -> !ids.contains(id)).findFirst().ifPresent(id -> {
            throw new AnswerRejectedException(Message.of("answer.rejected.no-option", id));
        });
        distinct(answer.optionIds(), "answer.rejected.option-twice");
        if (question instanceof SingleChoice && answer.optionIds().size() > 1) {
            throw new AnswerRejectedException(Message.of("answer.rejected.one-option"));
        }
    }

    /** {@code part}: the end of the message's key: the answer, or a part of a claim, evidence and reasoning. */
    private static void length(String part, String text, int questionLimit) {
        int limit = AnswerLimits.ofText(questionLimit);
        if (text.length() > limit) {
            throw new AnswerRejectedException(Message.of("answer.rejected.too-long." + part, limit));
        }
    }

    private static void sentences(Evidence question, LessonContent content, EvidenceAnswer answer) {
        int count = content.section(question.sectionId())
                .map(Section::sentences)
                .map(List::size)
                .orElse(0);
        answer.sentences().stream()
                .filter(number -> number < 1 || number > count)
                .findFirst()
                .ifPresent(number -> {
                    throw new AnswerRejectedException(Message.of("answer.rejected.no-sentence", number));
                });
        distinct(answer.sentences(), "answer.rejected.sentence-twice");
        int chosen = answer.sentences().size();
        if (chosen > question.maxSelect()) {
            throw new AnswerRejectedException(Message.of("answer.rejected.too-many-sentences", question.maxSelect()));
        }
        if (chosen > 0 && chosen < question.minSelect()) {
            throw new AnswerRejectedException(Message.of("answer.rejected.too-few-sentences", question.minSelect()));
        }
    }

    private static void placements(Categorisation question, CategorisationAnswer answer) {
        var statements =
                question.statements().stream().map(Categorisation.Statement::id).toList();
        var categories =
                question.categories().stream().map(Categorisation.Category::id).toList();
        answer.placements().forEach((statement, category) -> {
            if (!statements.contains(statement)) {
                throw new AnswerRejectedException(Message.of("answer.rejected.no-statement", statement));
            }
            if (!categories.contains(category)) {
                throw new AnswerRejectedException(Message.of("answer.rejected.no-category", category));
            }
        });
    }

    private static void distinct(List<?> chosen, String messageKey) {
        if (new HashSet<>(chosen).size() != chosen.size()) {
            throw new AnswerRejectedException(Message.of(messageKey));
        }
    }
}
