package org.sourcework.analytics.ui;

import com.vaadin.flow.component.html.Div;
import org.sourcework.analytics.QuestionStats.CriterionLevels;
import org.sourcework.analytics.QuestionStats.WrittenStats;

/** A written question: how many answers you have scored, their mean, and the levels given per rubric criterion. */
class WrittenFigures extends Div {

    WrittenFigures(WrittenStats stats, int students) {
        addClassName("written-figures");
        add(new StatRow()
                .stat(
                        getTranslation("analytics.stat.answered-of", stats.answered(), students),
                        getTranslation("analytics.stat.answered"))
                .stat(
                        getTranslation("analytics.stat.scored-of", stats.scored(), stats.answered()),
                        getTranslation("analytics.stat.scored"))
                .stat(
                        stats.meanScore() == null
                                ? "–"
                                : getTranslation(
                                        "analytics.stat.mean-of",
                                        Numbers.plain(stats.meanScore()),
                                        stats.question().points()),
                        getTranslation("analytics.stat.mean-instructor")));
        if (stats.scored() == 0 && stats.criteria().stream().allMatch(c -> c.rated() == 0)) {
            add(QuestionStatsPanel.note(getTranslation("analytics.written.none-scored")));
            return;
        }
        if (!stats.criteria().isEmpty()) {
            var grid = new Div();
            grid.addClassName("rubric-figures");
            stats.criteria().forEach(criterion -> grid.add(criterion(criterion)));
            add(grid);
        }
    }

    private BarTable criterion(CriterionLevels criterion) {
        var bars = new BarTable(
                getTranslation(
                        "analytics.written.criterion", criterion.criterion().label(), criterion.rated()),
                getTranslation("analytics.col.level"),
                getTranslation("analytics.col.answers"));
        criterion.levels().reversed().forEach(count -> {
            // the score leads; the level's description is clamped on screen (whole on hover and for screen readers)
            var label = QuestionStatsPanel.label(count.level().description(), null);
            label.addClassName("level-label");
            label.getElement().setAttribute("title", count.level().description());
            label.addComponentAsFirst(
                    QuestionStatsPanel.number(String.valueOf(count.level().score())));
            bars.addBar(label, count.count(), criterion.rated(), false);
        });
        return bars;
    }
}
