package org.sourcework.lessons.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sourcework.base.Message;
import org.sourcework.lessons.Categorisation;
import org.sourcework.lessons.Categorisation.Category;
import org.sourcework.lessons.Categorisation.Statement;
import org.sourcework.lessons.Question;

/** Reads a categorisation question: its categories, and statements that each name the right one. */
final class CategorisationReader {

    private CategorisationReader() {}

    static Question read(YamlMap yaml, QuestionBasics basics) {
        var explanation = yaml.text("explanation");
        var categories = new ArrayList<Category>();
        var categoryLines = new HashMap<String, Integer>();
        boolean complete = true;
        for (var item :
                yaml.maps("categories", true, position -> Message.of("lesson.what.category", position, yaml.what()))) {
            item.allowOnly(List.of("id", "label"));
            var id = item.text("id");
            var label = item.text("label");
            complete &= id != null && label != null && unique(item, id, "category", categoryLines);
            if (id != null && label != null) {
                categories.add(new Category(id, label));
            }
        }
        var statements = new ArrayList<Statement>();
        var statementLines = new HashMap<String, Integer>();
        for (var item :
                yaml.maps("statements", true, position -> Message.of("lesson.what.statement", position, yaml.what()))) {
            item.allowOnly(List.of("id", "text", "category"));
            var id = item.text("id");
            var text = item.text("text");
            var category = item.scalar("category");
            complete &= id != null && text != null && category != null && unique(item, id, "statement", statementLines);
            if (category != null && !categoryLines.isEmpty() && !categoryLines.containsKey(category.value())) {
                var statement = id == null ? item.what() : Message.of("lesson.what.statement-named", id, yaml.what());
                item.problems()
                        .error(
                                category.line(),
                                Message.of(
                                        "lesson.problem.unknown-category",
                                        statement,
                                        category.value(),
                                        String.join(
                                                ", ",
                                                categories.stream()
                                                        .map(Category::id)
                                                        .toList())));
                complete = false;
            }
            if (complete) {
                statements.add(new Statement(id, text, category.value()));
            }
        }
        if (complete && yaml.has("categories") && categories.size() < 2) {
            yaml.problems()
                    .error(
                            yaml.lineOf("categories"),
                            Message.of("lesson.problem.one-category", yaml.what(), categories.size()));
            complete = false;
        }
        if (!complete || explanation == null || statements.isEmpty() || !basics.complete()) {
            return null;
        }
        return new Categorisation(
                basics.id(),
                basics.sectionId(),
                basics.skill(),
                basics.points(),
                basics.prompt(),
                categories,
                statements,
                explanation,
                basics.comments());
    }

    private static boolean unique(YamlMap item, String id, String kind, Map<String, Integer> lines) {
        if (id == null) {
            return false;
        }
        var first = lines.putIfAbsent(id, item.lineOf("id"));
        if (first != null) {
            item.problems().error(item.lineOf("id"), Message.of("lesson.problem." + kind + "-id-twice", id, first));
            return false;
        }
        return true;
    }
}
