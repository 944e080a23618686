package org.sourcework.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.sourcework.analytics.SkillShare;

/**
 * The class's share of points per skill as horizontal bars: an SVG drawn on the server (jsoup
 * builds the tree, so every text is escaped), read out as one sentence by screen readers, with the
 * same figures in a table for them below it.
 */
class SkillChart extends Div {

    static final String ID = "skill-chart";
    private static final int WIDTH = 360;
    private static final int ROW = 50;

    SkillChart(List<SkillShare> shares) {
        addClassName("skill-chart");
        var summary = shares.stream().map(this::spoken).collect(Collectors.joining("; "));
        var picture = new Svg(svg(shares));
        picture.setId(ID);
        picture.getElement().setAttribute("role", "img");
        picture.getElement().setAttribute("aria-label", getTranslation("analytics.skills.chart", summary));
        add(picture, table(shares));
    }

    private String svg(List<SkillShare> shares) {
        // jsoup's XML rules keep attribute names as written (viewBox), which SVG needs
        var document = new Document("").parser(Parser.xmlParser());
        document.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.xml);
        var svg = document.appendElement("svg")
                .attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("viewBox", "0 0 " + WIDTH + " " + shares.size() * ROW)
                .attr("aria-hidden", "true")
                .attr("focusable", "false");
        for (int i = 0; i < shares.size(); i++) {
            row(svg, shares.get(i), i * ROW);
        }
        return svg.outerHtml();
    }

    private void row(Element svg, SkillShare share, int top) {
        text(svg, 0, top + 17, "start", "skill-chart-label", skill(share));
        text(
                svg,
                WIDTH,
                top + 17,
                "end",
                share.scored() ? "skill-chart-value" : "skill-chart-none",
                share.scored() ? percent(share.percent()) : getTranslation("analytics.not-scored"));
        svg.appendElement("rect")
                .addClass("skill-chart-track")
                .attr("x", "0")
                .attr("y", String.valueOf(top + 25))
                .attr("width", String.valueOf(WIDTH))
                .attr("height", "16")
                .attr("rx", "4");
        if (share.scored() && share.percent() > 0) {
            svg.appendElement("rect")
                    .addClass("skill-chart-bar")
                    .attr("x", "0")
                    .attr("y", String.valueOf(top + 25))
                    .attr("width", String.valueOf(WIDTH * share.percent() / 100))
                    .attr("height", "16")
                    .attr("rx", "4");
        }
    }

    private static void text(Element svg, int x, int y, String anchor, String className, String content) {
        svg.appendElement("text")
                .addClass(className)
                .attr("x", String.valueOf(x))
                .attr("y", String.valueOf(y))
                .attr("text-anchor", anchor)
                .text(content);
    }

    private Component table(List<SkillShare> shares) {
        var table = new FigureTable(
                getTranslation("analytics.skills.table"),
                getTranslation("analytics.col.skill"),
                getTranslation("analytics.col.share"),
                getTranslation("analytics.col.points"));
        shares.forEach(share -> table.addRow(
                skill(share),
                share.scored() ? percent(share.percent()) : getTranslation("analytics.not-scored"),
                getTranslation(
                        "analytics.points-of", Numbers.plain(share.earned()), share.available(), share.answers())));
        // a table will not shrink to the 1 px of .sr-only, and its full width made the page scroll
        // sideways; a block around it does shrink and clips it
        var hidden = new Div(table);
        hidden.addClassName("sr-only");
        return hidden;
    }

    private String spoken(SkillShare share) {
        var value = share.scored() ? percent(share.percent()) : getTranslation("analytics.not-scored");
        return skill(share) + " " + value;
    }

    private String skill(SkillShare share) {
        return getTranslation("reader.skill." + share.skill().fileName());
    }

    private String percent(int value) {
        return getTranslation("analytics.percent", value);
    }
}
