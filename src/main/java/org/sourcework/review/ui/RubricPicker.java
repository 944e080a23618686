package org.sourcework.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sourcework.lessons.Criterion;
import org.sourcework.lessons.Level;
import org.sourcework.lessons.Rubric;

/**
 * The question's analytic rubric: one choice of level per criterion, each level with its score
 * and what an answer at that level does. The score follows from the levels.
 */
final class RubricPicker extends Div {

    private final Map<Criterion, RadioButtonGroup<Level>> groups = new LinkedHashMap<>();
    private boolean showing;

    RubricPicker(Rubric rubric, Runnable changed) {
        addClassName("rubric-picker");
        for (var criterion : rubric.criteria()) {
            var group = new RadioButtonGroup<Level>();
            group.addClassName("rubric-criterion");
            group.getElement().setAttribute("data-criterion", criterion.id());
            group.setLabel(getTranslation("review.rubric.criterion", criterion.label(), criterion.maxScore()));
            group.setItems(criterion.levels());
            group.setItemLabelGenerator(
                    level -> level.score() + " " + level.description().strip());
            group.setRenderer(new ComponentRenderer<>(level -> {
                var score = new Span(String.valueOf(level.score()));
                score.addClassName("rubric-level-score");
                var description = new Span(level.description().strip());
                description.addClassName("rubric-level-text");
                var item = new Span(score, description);
                item.addClassName("rubric-level");
                return item;
            }));
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            group.addValueChangeListener(event -> {
                group.setInvalid(false);
                if (!showing) {
                    changed.run();
                }
            });
            groups.put(criterion, group);
            add(group);
        }
    }

    /** Criterion id to the chosen level's score; criteria without a level are missing. */
    Map<String, Integer> levels() {
        var levels = new LinkedHashMap<String, Integer>();
        groups.forEach((criterion, group) -> {
            if (group.getValue() != null) {
                levels.put(criterion.id(), group.getValue().score());
            }
        });
        return levels;
    }

    void selectLevels(Map<String, Integer> levels) {
        showing = true;
        try {
            groups.forEach((criterion, group) -> group.setValue(criterion.levels().stream()
                    .filter(level -> levels.get(criterion.id()) != null && level.score() == levels.get(criterion.id()))
                    .findFirst()
                    .orElse(null)));
        } finally {
            showing = false;
        }
    }

    void setReadOnly(boolean readOnly) {
        groups.values().forEach(group -> group.setReadOnly(readOnly));
    }

    void showRejected(String message) {
        var first = groups.values().iterator().next();
        first.setErrorMessage(message);
        first.setInvalid(true);
    }
}
