package org.sourcework.feedback.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Map;
import org.sourcework.lessons.Criterion;
import org.sourcework.lessons.Level;
import org.sourcework.lessons.Rubric;

/** The rubric as the instructor marked it: per criterion the level chosen, its score and what it means. */
final class RubricLevels extends Div {

    RubricLevels(Rubric rubric, Map<String, Integer> levels) {
        addClassName("rubric-levels");
        var heading = new H4(getTranslation("feedback.rubric"));
        heading.addClassName("block-label");
        var list = new UnorderedList();
        rubric.criteria().forEach(criterion -> list.add(criterion(criterion, levels.get(criterion.id()))));
        add(heading, list);
    }

    private ListItem criterion(Criterion criterion, Integer chosen) {
        var label = new Span(criterion.label());
        label.addClassName("criterion-label");
        var score = new Span(
                chosen == null
                        ? getTranslation("feedback.rubric.not-scored")
                        : getTranslation("feedback.rubric.level", chosen, criterion.maxScore()));
        score.addClassName("level-score");
        var head = new Div(label, score);
        head.addClassName("criterion-head");
        var scale = new Div();
        scale.addClassName("level-scale");
        scale.getElement().setAttribute("aria-hidden", "true");
        for (var level : criterion.levels()) {
            if (level.score() == 0) {
                continue;
            }
            var step = new Span();
            step.addClassName("level-step");
            step.setClassName("reached", chosen != null && level.score() <= chosen);
            scale.add(step);
        }
        var item = new ListItem(head, scale);
        item.addClassName("rubric-criterion");
        criterion.levels().stream()
                .filter(level -> chosen != null && level.score() == chosen)
                .findFirst()
                .map(Level::description)
                .ifPresent(description -> {
                    var text = new Paragraph(description.strip());
                    text.addClassName("level-description");
                    item.add(text);
                });
        return item;
    }
}
