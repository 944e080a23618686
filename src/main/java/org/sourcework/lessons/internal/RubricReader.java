package org.sourcework.lessons.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourcework.base.Message;
import org.sourcework.lessons.Criterion;
import org.sourcework.lessons.Level;
import org.sourcework.lessons.Rubric;

/** Reads rubrics, whether listed under {@code rubrics:} or written inside a question. */
final class RubricReader {

    private RubricReader() {}

    /** The rubrics of the {@code rubrics:} list by id. */
    static Map<String, Rubric> readNamed(List<YamlMap> items) {
        var rubrics = new LinkedHashMap<String, Rubric>();
        var lines = new HashMap<String, Integer>();
        for (var item : items) {
            var id = item.text("id");
            if (id == null) {
                continue;
            }
            var first = lines.putIfAbsent(id, item.lineOf("id"));
            if (first != null) {
                item.problems().error(item.lineOf("id"), Message.of("lesson.problem.rubric-id-twice", id, first));
                continue;
            }
            var rubric = read(item.named(Message.of("lesson.what.rubric-named", id)), id);
            if (rubric != null) {
                rubrics.put(id, rubric);
            }
        }
        return rubrics;
    }

    /** A rubric, or null when it has a mistake (reported). */
    static Rubric read(YamlMap yaml, String fallbackId) {
        yaml.allowOnly(List.of("id", "criteria"));
        var id = yaml.has("id") ? yaml.text("id") : fallbackId;
        var criteria = new ArrayList<Criterion>();
        var lines = new HashMap<String, Integer>();
        boolean complete = true;
        var items = yaml.maps("criteria", true, position -> Message.of("lesson.what.criterion", position, yaml.what()));
        for (var item : items) {
            var criterion = criterion(item, yaml.what());
            if (criterion == null) {
                complete = false;
                continue;
            }
            var first = lines.putIfAbsent(criterion.id(), item.lineOf("id"));
            if (first != null) {
                yaml.problems()
                        .error(
                                item.lineOf("id"),
                                Message.of("lesson.problem.criterion-id-twice", criterion.id(), first, yaml.what()));
                complete = false;
            }
            criteria.add(criterion);
        }
        return complete && !criteria.isEmpty() ? new Rubric(id, criteria) : null;
    }

    private static Criterion criterion(YamlMap yaml, Message rubric) {
        yaml.allowOnly(List.of("id", "label", "levels"));
        var id = yaml.text("id");
        var named = id == null ? yaml : yaml.named(Message.of("lesson.what.criterion-named", id, rubric));
        var label = named.text("label");
        var levels = new ArrayList<Level>();
        var scores = new HashMap<Integer, Integer>();
        for (var item :
                named.maps("levels", true, position -> Message.of("lesson.what.level", position, named.what()))) {
            item.allowOnly(List.of("score", "description"));
            var score = item.wholeNumber("score");
            var description = item.text("description");
            if (score == null || description == null) {
                return null;
            }
            var first = scores.putIfAbsent(score, item.lineOf("score"));
            if (first != null) {
                item.problems()
                        .error(
                                item.lineOf("score"),
                                Message.of("lesson.problem.score-twice", score, first, named.what()));
                return null;
            }
            levels.add(new Level(score, description));
        }
        return id == null || label == null || levels.isEmpty() ? null : new Criterion(id, label, levels);
    }
}
