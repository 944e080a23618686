package org.sourcework.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.sourcework.lessons.Categorisation;
import org.sourcework.lessons.ChoiceQuestion;
import org.sourcework.lessons.Evidence;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.Section;
import org.sourcework.lessons.Sentence;
import org.sourcework.responses.AnswerValue;
import org.sourcework.responses.AnswerValue.CategorisationAnswer;
import org.sourcework.responses.AnswerValue.CerAnswer;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;
import org.sourcework.responses.AnswerValue.EvidenceAnswer;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.responses.ui.answers.AnswerParts;
import org.sourcework.responses.ui.answers.HandedInAnswer;

/**
 * A student's answer as an instructor reads it: chosen options marked right or wrong, chosen
 * sentences with their text, statements with the category chosen, the three parts of a
 * claim–evidence–reasoning answer, and text as the student wrote it. Always text, never markup.
 */
final class MarkedAnswer extends Div {

    MarkedAnswer(LessonContent content, Question question, AnswerValue value) {
        addClassName("answer-view");
        if (value.isBlank()) {
            var blank = new Paragraph(getTranslation("review.answer.blank"));
            blank.addClassName("answer-blank");
            add(blank);
            return;
        }
        switch (value) {
            case ChoiceAnswer choice
            when question instanceof ChoiceQuestion choiceQuestion -> add(choices(choiceQuestion, choice.optionIds()));
            case EvidenceAnswer evidence
            when question instanceof Evidence evidenceQuestion ->
                add(sentences(content, evidenceQuestion, evidence.sentences()));
            case CategorisationAnswer sorted
            when question instanceof Categorisation categorisation -> add(placements(categorisation, sorted));
            case CerAnswer cer ->
                add(
                        part("review.answer.claim", cer.claim()),
                        part("review.answer.evidence", cer.evidence()),
                        part("review.answer.reasoning", cer.reasoning()));
            case TextAnswer text -> add(writing(text.text()));
            default -> add(new HandedInAnswer(AnswerParts.of(question, content, value, this)));
        }
    }

    private Component choices(ChoiceQuestion question, List<String> chosen) {
        var list = new UnorderedList();
        list.addClassName("answer-options");
        // what the student chose first, then the right options they missed
        var shown = java.util.stream.Stream.concat(
                question.options().stream().filter(option -> chosen.contains(option.id())),
                question.options().stream().filter(option -> option.correct() && !chosen.contains(option.id())));
        for (var option : (Iterable<org.sourcework.lessons.Option>) shown::iterator) {
            var picked = chosen.contains(option.id());
            var item = new ListItem();
            item.addClassName(picked ? (option.correct() ? "right" : "wrong") : "missed");
            item.add(
                    mark(
                            picked
                                    ? (option.correct() ? "review.answer.chosen-right" : "review.answer.chosen-wrong")
                                    : "review.answer.missed"),
                    new Span(option.text()));
            list.add(item);
        }
        return list;
    }

    private Component sentences(LessonContent content, Evidence question, List<Integer> chosen) {
        var section =
                content.section(question.sectionId()).map(Section::sentences).orElse(List.of());
        var key = question.keySentences();
        var list = new UnorderedList();
        list.addClassName("answer-sentences");
        for (var number : chosen) {
            var item = new ListItem();
            item.addClassName(key.contains(number) ? "right" : "wrong");
            item.add(mark(key.contains(number) ? "review.answer.in-key" : "review.answer.not-in-key"));
            var label = new Span(getTranslation("review.answer.sentence", number));
            label.addClassName("sentence-label");
            item.add(
                    label,
                    new Span(section.stream()
                            .filter(s -> s.number() == number)
                            .findFirst()
                            .map(Sentence::text)
                            .orElse("")));
            list.add(item);
        }
        var missed = key.stream()
                .filter(number -> !chosen.contains(number))
                .map(String::valueOf)
                .toList();
        if (!missed.isEmpty()) {
            var note = new ListItem(new Span(getTranslation("review.answer.key-missed", String.join(", ", missed))));
            note.addClassName("missed-note");
            list.add(note);
        }
        return list;
    }

    private Component placements(Categorisation question, CategorisationAnswer answer) {
        var list = new UnorderedList();
        list.addClassName("answer-placements");
        for (var statement : question.statements()) {
            var placed = answer.placements().get(statement.id());
            var item = new ListItem();
            var statementText = new Span(statement.text());
            statementText.addClassName("statement");
            var arrow = new Span(" → ");
            arrow.getElement().setAttribute("aria-hidden", "true");
            if (placed == null) {
                item.addClassName("missed");
                item.add(statementText, arrow, new Span(getTranslation("review.answer.not-placed")));
            } else {
                var right = placed.equals(statement.categoryId());
                item.addClassName(right ? "right" : "wrong");
                var category = new Span(label(question, placed));
                category.addClassName("category");
                item.add(
                        mark(right ? "review.answer.placed-right" : "review.answer.placed-wrong"),
                        statementText,
                        arrow,
                        category);
                if (!right) {
                    var should =
                            new Span(getTranslation("review.answer.belongs", label(question, statement.categoryId())));
                    should.addClassName("belongs");
                    item.add(should);
                }
            }
            list.add(item);
        }
        return list;
    }

    static String label(Categorisation question, String categoryId) {
        return question.categories().stream()
                .filter(c -> c.id().equals(categoryId))
                .findFirst()
                .map(c -> c.label().contains(" (")
                        ? c.label().substring(0, c.label().indexOf(" ("))
                        : c.label())
                .orElse(categoryId);
    }

    private Div part(String labelKey, String text) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("answer-part-label");
        var part = new Div(label, writing(text.isBlank() ? getTranslation("review.answer.part-blank") : text));
        part.addClassName("answer-part");
        return part;
    }

    private static Paragraph writing(String text) {
        var paragraph = new Paragraph(text);
        paragraph.addClassName("answer-writing");
        return paragraph;
    }

    private Span mark(String key) {
        var mark = new Span(getTranslation(key));
        mark.addClassName("answer-mark");
        return mark;
    }
}
