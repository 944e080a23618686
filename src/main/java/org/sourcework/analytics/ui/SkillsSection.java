package org.sourcework.analytics.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.Comparator;
import java.util.List;
import org.sourcework.analytics.AnalyticsService;
import org.sourcework.analytics.SkillShare;
import org.sourcework.base.ui.EmptyState;

/**
 * The report by historical-thinking skill: the class's bars and its strongest and weakest skill
 * side by side, then every student's shares as a heat map.
 */
class SkillsSection extends Section {

    SkillsSection(AnalyticsService analytics, long assignmentId, int students) {
        addClassName("analytics-section");
        add(new H2(getTranslation("analytics.skills.title")), new Paragraph(getTranslation("analytics.skills.intro")));
        List<SkillShare> shares = analytics.classSkills(assignmentId);
        if (shares.stream().noneMatch(SkillShare::scored)) {
            add(new EmptyState(
                    getTranslation("analytics.skills.empty.title"), getTranslation("analytics.skills.empty.text")));
            return;
        }
        var chart = new Div(new H3(getTranslation("analytics.skills.class")), new SkillChart(shares));
        chart.addClassName("analytics-card");
        var table = new Div(
                new H3(getTranslation("analytics.skills.students")),
                new SkillHeatMap(analytics, assignmentId, students),
                legend());
        table.addClassNames("analytics-card", "analytics-heatmap-card");
        var figures = new Div(chart, summary(shares), table);
        figures.addClassName("analytics-skills");
        add(figures);
    }

    /** The strongest and weakest skill in words, and how many answers the figures rest on. */
    private Div summary(List<SkillShare> shares) {
        var scored = shares.stream().filter(SkillShare::scored).toList();
        var stats = new StatRow();
        var strongest = scored.stream()
                .max(Comparator.comparingInt(SkillShare::percent))
                .orElseThrow();
        var weakest = scored.stream()
                .min(Comparator.comparingInt(SkillShare::percent))
                .orElseThrow();
        if (scored.size() > 1 && strongest.percent() != weakest.percent()) {
            stats.stat(skill(strongest), getTranslation("analytics.skills.strongest", strongest.percent()));
            stats.stat(skill(weakest), getTranslation("analytics.skills.weakest", weakest.percent()));
        }
        stats.stat(
                String.valueOf(shares.stream().mapToLong(SkillShare::answers).sum()),
                getTranslation("analytics.skills.answers"));
        var box = new Div(stats, QuestionStatsPanel.note(getTranslation("analytics.skills.written-note")));
        box.addClassName("analytics-skill-summary");
        return box;
    }

    private Div legend() {
        var legend = new Div();
        legend.addClassName("heat-legend");
        legend.add(new Paragraph(getTranslation("analytics.legend")));
        for (int level = 0; level <= 4; level++) {
            var swatch = new Div();
            swatch.addClassNames("heat", "heat-" + level);
            swatch.setText(getTranslation("analytics.legend." + level));
            legend.add(swatch);
        }
        return legend;
    }

    private String skill(SkillShare share) {
        return getTranslation("reader.skill." + share.skill().fileName());
    }
}
