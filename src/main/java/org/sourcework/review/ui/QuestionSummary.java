package org.sourcework.review.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.sourcework.lessons.Categorisation;
import org.sourcework.lessons.ChoiceQuestion;
import org.sourcework.lessons.Evidence;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.Rubric;
import org.sourcework.lessons.WrittenQuestion;
import org.sourcework.lessons.ui.QuestionHeading;

/**
 * The question being graded: number, skill, points and prompt, with its rubric, answer key and
 * example answers to open.
 */
final class QuestionSummary extends Section {

    QuestionSummary(Question question, int number) {
        addClassName("question-summary");
        var heading = new H2(getTranslation("review.question.number", number));
        heading.addClassName("question-number");
        new QuestionHeading(heading, question).addTo(this);
        var more = new Div();
        more.addClassName("question-more");
        if (question instanceof WrittenQuestion written) {
            if (written.rubric() != null) {
                more.add(details(getTranslation("review.question.rubric"), rubric(written.rubric())));
            }
            if (!written.exemplars().isEmpty()) {
                var list = new Div();
                list.addClassName("exemplars");
                written.exemplars().forEach(exemplar -> {
                    var level = new Span(exemplar.level());
                    level.addClassName("exemplar-level");
                    var text = new Paragraph(exemplar.text().strip());
                    text.addClassName("exemplar-text");
                    list.add(new Div(level, text));
                });
                more.add(details(
                        getTranslation(
                                "review.question.exemplars", written.exemplars().size()),
                        list));
            }
        } else {
            more.add(details(getTranslation("review.question.key"), key(question)));
        }
        add(more);
    }

    private static Details details(String summary, Div content) {
        var details = new Details(summary, content);
        details.addClassName("question-details");
        return details;
    }

    private Div rubric(Rubric rubric) {
        var table = new Div();
        table.addClassName("rubric-table");
        rubric.criteria().forEach(criterion -> {
            var label = new Span(getTranslation("review.rubric.criterion", criterion.label(), criterion.maxScore()));
            label.addClassName("rubric-table-criterion");
            var levels = new UnorderedList();
            criterion.levels().forEach(level -> {
                var score = new Span(String.valueOf(level.score()));
                score.addClassName("rubric-level-score");
                levels.add(new ListItem(score, new Span(level.description().strip())));
            });
            table.add(new Div(label, levels));
        });
        return table;
    }

    private Div key(Question question) {
        var key = new Div();
        key.addClassName("answer-key");
        switch (question) {
            case ChoiceQuestion choice -> {
                var list = new UnorderedList();
                choice.correctOptions().forEach(option -> list.add(new ListItem(option.text())));
                key.add(list);
            }
            case Evidence evidence -> {
                key.add(new Paragraph(getTranslation(
                        "review.question.key-sentences",
                        String.join(
                                ", ",
                                evidence.keySentences().stream()
                                        .map(String::valueOf)
                                        .toList()))));
                if (evidence.explanation() != null && !evidence.explanation().isBlank()) {
                    key.add(new Paragraph(evidence.explanation().strip()));
                }
            }
            case Categorisation categorisation -> {
                var list = new UnorderedList();
                categorisation
                        .statements()
                        .forEach(statement -> list.add(new ListItem(statement.text() + " → "
                                + MarkedAnswer.label(categorisation, statement.categoryId()))));
                key.add(list);
            }
            default -> key.add(new Paragraph(getTranslation("review.question.no-key")));
        }
        return key;
    }
}
