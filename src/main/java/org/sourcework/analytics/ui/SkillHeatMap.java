package org.sourcework.analytics.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.sourcework.analytics.AnalyticsService;
import org.sourcework.analytics.SkillShare;
import org.sourcework.analytics.StudentSkills;
import org.sourcework.lessons.Skill;

/**
 * Students × skills: each cell the student's share of points on that skill, shaded from light
 * (low) to dark (high) with the percentage written in it. Pages through the class lazily.
 */
class SkillHeatMap extends Grid<StudentSkills> {

    /** Up to this many students the grid shows them all without scrolling. */
    private static final int ALL_VISIBLE = 12;

    SkillHeatMap(AnalyticsService analytics, long assignmentId, int students) {
        addClassName("skill-heatmap");
        addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_COLUMN_BORDERS);
        setSelectionMode(SelectionMode.NONE);
        getElement().setAttribute("aria-label", getTranslation("analytics.heatmap.label"));
        addColumn(LitRenderer.<StudentSkills>of(
                                "<span class=\"heat-name\">${item.name}<span class=\"heat-withdrawn\">${item.withdrawn}</span></span>")
                        .withProperty("name", row -> row.student().displayName())
                        .withProperty(
                                "withdrawn",
                                row -> row.student().withdrawn() ? " " + getTranslation("analytics.withdrawn") : ""))
                .setHeader(getTranslation("analytics.col.student"))
                .setFrozen(true)
                .setWidth("6rem")
                .setFlexGrow(2);
        for (var skill : Skill.values()) {
            // on a phone the header turns on its side (see analytics.css), so four skills fit beside the names
            var header = new Span(getTranslation("reader.skill." + skill.fileName()));
            header.addClassName("heat-header");
            addColumn(cell(skill)).setHeader(header).setWidth("3.75rem").setFlexGrow(1);
        }
        setItems(
                query -> analytics.studentSkills(assignmentId, query.getOffset(), query.getLimit()).stream(),
                query -> students);
        if (students <= ALL_VISIBLE) {
            setAllRowsVisible(true);
        }
    }

    private LitRenderer<StudentSkills> cell(Skill skill) {
        return LitRenderer.<StudentSkills>of("<span class=\"heat heat-${item.level}\">${item.label}"
                        + "<span class=\"sr-only\">${item.detail}</span></span>")
                .withProperty("level", row -> level(share(row, skill)))
                .withProperty(
                        "label",
                        row -> share(row, skill).scored()
                                ? getTranslation(
                                        "analytics.percent", share(row, skill).percent())
                                : "–")
                .withProperty("detail", row -> detail(share(row, skill)));
    }

    private String detail(SkillShare share) {
        return share.scored()
                ? " (" + getTranslation("analytics.points-short", Numbers.plain(share.earned()), share.available())
                        + ")"
                : getTranslation("analytics.not-scored");
    }

    /** Five steps of shading, so a glance tells low from high; "none" when nothing is scored. */
    static String level(SkillShare share) {
        return share.scored() ? String.valueOf(Math.min(share.percent() / 20, 4)) : "none";
    }

    private static SkillShare share(StudentSkills row, Skill skill) {
        return row.skills().stream()
                .filter(share -> share.skill() == skill)
                .findFirst()
                .orElse(SkillShare.none(skill));
    }
}
