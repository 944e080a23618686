package org.sourcework.review.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import java.util.ArrayList;
import java.util.List;
import org.sourcework.lessons.Categorisation;
import org.sourcework.lessons.ChoiceQuestion;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Question;
import org.sourcework.responses.AnswerValue;
import org.sourcework.responses.AnswerValue.CategorisationAnswer;
import org.sourcework.responses.AnswerValue.CerAnswer;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;
import org.sourcework.responses.AnswerValue.EvidenceAnswer;
import org.sourcework.responses.AnswerValue.TextAnswer;

/** An answer of any kind as plain words, for comparing two versions of it word by word. */
final class AnswerText {

    private AnswerText() {
    }

    static String of(LessonContent content, Question question, AnswerValue value) {
        return switch (value) {
            case TextAnswer text -> text.text();
            case CerAnswer cer -> translate("review.answer.claim") + ": " + cer.claim() + "\n"
                    + translate("review.answer.evidence") + ": " + cer.evidence() + "\n"
                    + translate("review.answer.reasoning") + ": " + cer.reasoning();
            case ChoiceAnswer choice -> question instanceof ChoiceQuestion choiceQuestion
                    ? String.join("\n", choiceQuestion.options().stream()
                            .filter(option -> choice.optionIds().contains(option.id()))
                            .map(option -> option.text()).toList())
                    : String.join(", ", choice.optionIds());
            case EvidenceAnswer evidence -> sentences(content, question, evidence.sentences());
            case CategorisationAnswer sorted -> placements(question, sorted);
        };
    }

    private static String sentences(LessonContent content, Question question, List<Integer> numbers) {
        var section = content.document().section(question.sectionId());
        var lines = new ArrayList<String>();
        for (var number : numbers) {
            var text = section.flatMap(s -> s.sentence(number)).map(sentence -> sentence.text()).orElse("");
            lines.add(translate("review.answer.sentence", number) + " " + text);
        }
        return String.join("\n", lines);
    }

    private static String placements(Question question, CategorisationAnswer sorted) {
        if (!(question instanceof Categorisation categorisation)) {
            return String.join(", ", sorted.placements().values());
        }
        return String.join("\n", categorisation.statements().stream()
                .filter(statement -> sorted.placements().containsKey(statement.id()))
                .map(statement -> statement.text() + " → "
                        + AnswerView.label(categorisation, sorted.placements().get(statement.id())))
                .toList());
    }
}
