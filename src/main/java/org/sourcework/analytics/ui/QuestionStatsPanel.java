package org.sourcework.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.Collectors;
import org.sourcework.analytics.QuestionStats;
import org.sourcework.analytics.QuestionStats.AutoScores;
import org.sourcework.analytics.QuestionStats.CategorisationStats;
import org.sourcework.analytics.QuestionStats.ChoiceStats;
import org.sourcework.analytics.QuestionStats.EvidenceStats;
import org.sourcework.analytics.QuestionStats.WrittenStats;
import org.sourcework.base.ui.EmptyState;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.MultipleChoice;
import org.sourcework.lessons.Option;

/** The figures of one question: who answered, how many got it right, and the bars for its answers. */
class QuestionStatsPanel extends Div {

    QuestionStatsPanel(QuestionStats stats, int number, LessonContent content, int students) {
        addClassName("question-stats");
        var question = stats.question();
        var meta = new Paragraph(getTranslation(
                "analytics.question.meta",
                number,
                getTranslation("reader.skill." + question.skill().fileName()),
                getTranslation("reader.question.points", question.points()),
                Sections.label(content, question.sectionId(), this)));
        meta.addClassName("question-stats-meta");
        var prompt = new H3(question.prompt());
        prompt.addClassName("question-stats-prompt");
        add(meta, prompt);
        if (stats.onEarlierVersions() > 0) {
            var earlier = note(getTranslation("analytics.question.earlier-versions", stats.onEarlierVersions()));
            earlier.addClassName("analytics-earlier-versions");
            add(earlier);
        }
        if (stats.answered() == 0) {
            add(new EmptyState(
                    getTranslation("analytics.question.empty.title"), getTranslation("analytics.question.empty.text")));
            return;
        }
        switch (stats) {
            case ChoiceStats choice -> choice(choice, students);
            case EvidenceStats evidence -> evidence(evidence, students);
            case CategorisationStats sorting -> categorisation(sorting, students);
            case WrittenStats written -> add(new WrittenFigures(written, students));
        }
    }

    private void choice(ChoiceStats stats, int students) {
        add(summary(
                stats.answered(),
                students,
                stats.scores(),
                stats.question() instanceof MultipleChoice ? "analytics.right.multiple" : "analytics.right.choice"));
        var bars = new BarTable(
                getTranslation("analytics.choice.caption"),
                getTranslation("analytics.col.option"),
                getTranslation("analytics.col.students"));
        var options = stats.question().options();
        stats.options().forEach(count -> {
            var label = label(
                    count.option().text(),
                    count.option().correct() ? getTranslation("analytics.correct-option") : null);
            label.addComponentAsFirst(number(letter(options, count.option())));
            bars.addBar(label, count.count(), stats.answered(), count.option().correct());
        });
        add(bars);
        if (stats.question() instanceof MultipleChoice) {
            add(note(getTranslation("analytics.choice.multiple-note")));
        }
        add(wrongAnswers(stats.wrongAnswers().stream()
                .map(wrong -> new Wrong(chosen(options, wrong.options()), wrong.count()))
                .toList()));
    }

    private void evidence(EvidenceStats stats, int students) {
        add(summary(stats.answered(), students, stats.scores(), "analytics.right.evidence"));
        var claim = new Paragraph(
                new Span(getTranslation("analytics.evidence.claim")),
                new Span(stats.question().claim()));
        claim.addClassName("analytics-claim");
        add(claim);
        var bars = new BarTable(
                getTranslation("analytics.evidence.caption"),
                getTranslation("analytics.col.sentence"),
                getTranslation("analytics.col.students"));
        stats.sentences().forEach(sentence -> {
            var label = label(sentence.text(), sentence.inKey() ? getTranslation("analytics.in-key") : null);
            label.addComponentAsFirst(number(String.valueOf(sentence.number())));
            bars.addBar(label, sentence.count(), stats.answered(), sentence.inKey());
        });
        add(bars);
    }

    private void categorisation(CategorisationStats stats, int students) {
        add(summary(stats.answered(), students, stats.scores(), "analytics.right.categorisation"));
        var bars = new BarTable(
                getTranslation("analytics.categorisation.caption"),
                getTranslation("analytics.col.statement"),
                getTranslation("analytics.col.placed-right"));
        stats.statements().forEach(count -> {
            var label = label(count.statement().text(), null);
            var hint = new Span(
                    getTranslation("analytics.belongs-in", count.rightCategory().label()));
            hint.addClassName("bar-hint");
            label.add(hint);
            bars.addBar(label, count.placedRight(), stats.answered(), true);
        });
        add(bars);
        add(wrongAnswers(stats.misplacements().stream()
                .map(m -> new Wrong(
                        getTranslation(
                                "analytics.wrong.misplaced",
                                m.statement().text(),
                                m.placedIn().label()),
                        m.count()))
                .toList()));
    }

    private Component summary(long answered, int students, AutoScores scores, String rightKey) {
        return new StatRow()
                .stat(
                        getTranslation("analytics.stat.answered-of", answered, students),
                        getTranslation("analytics.stat.answered"))
                .stat(
                        getTranslation("analytics.percent", QuestionStatsPanel.percent(scores.fullMarks(), answered)),
                        getTranslation(rightKey))
                .stat(
                        getTranslation("analytics.stat.mean-of", Numbers.plain(scores.mean()), scores.points()),
                        getTranslation("analytics.stat.mean"));
    }

    /** A wrong answer as written out, and how many students gave it. */
    private record Wrong(String text, long count) {}

    private Component wrongAnswers(List<Wrong> lines) {
        var box = new Div();
        box.addClassName("wrong-answers");
        box.add(new H3(getTranslation("analytics.wrong.title")));
        if (lines.isEmpty()) {
            box.add(new Paragraph(getTranslation("analytics.wrong.none")));
            return box;
        }
        var list = new OrderedList();
        lines.forEach(line -> {
            var count = new Span(getTranslation("analytics.wrong.count", line.count()));
            count.addClassName("wrong-count");
            var text = new Span(line.text());
            text.addClassName("wrong-text");
            list.add(new ListItem(count, text));
        });
        box.add(list);
        return box;
    }

    /** The text of a row, with a marker such as "Correct answer" written out, not only coloured. */
    static Span label(String text, String marker) {
        var label = new Span(new Span(text));
        label.addClassName("bar-label");
        if (marker != null) {
            var badge = new Span(marker);
            badge.addClassName("bar-marker");
            label.add(badge);
        }
        return label;
    }

    static Paragraph note(String text) {
        var note = new Paragraph(text);
        note.addClassName("analytics-note");
        return note;
    }

    /** A wrong set of options by their letters, with the option's text when it is one option. */
    private static String chosen(List<Option> all, List<Option> options) {
        var letters = options.stream().map(option -> letter(all, option)).collect(Collectors.joining(" + "));
        return options.size() == 1 ? letters + ": " + options.getFirst().text() : letters;
    }

    /** A, B, C… in the lesson's order of options. */
    private static String letter(List<Option> all, Option option) {
        return String.valueOf((char) ('A' + all.indexOf(option)));
    }

    static Span number(String text) {
        var number = new Span(text);
        number.addClassName("bar-number");
        return number;
    }

    static int percent(long part, long whole) {
        return whole == 0 ? 0 : (int) Math.round(part * 100.0 / whole);
    }
}
